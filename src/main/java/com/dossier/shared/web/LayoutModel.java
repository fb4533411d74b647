package com.dossier.shared.web;

import com.dossier.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: the portal's configurable title and who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final String portalTitle;

	LayoutModel(@Value("${dossier.portal.title}") String portalTitle) {
		this.portalTitle = portalTitle;
	}

	@ModelAttribute("portalTitle")
	String portalTitle() {
		return portalTitle;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.find().orElse(null);
	}
}
