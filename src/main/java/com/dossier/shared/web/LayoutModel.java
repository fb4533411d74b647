package com.dossier.shared.web;

import com.dossier.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: the portal's configurable title, who is signed in, the shell's menu. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final String portalTitle;

	private final ShellMenu shellMenu;

	LayoutModel(@Value("${dossier.portal.title}") String portalTitle, ShellMenu shellMenu) {
		this.portalTitle = portalTitle;
		this.shellMenu = shellMenu;
	}

	@ModelAttribute("portalTitle")
	String portalTitle() {
		return portalTitle;
	}

	/** A model attribute, not a {@code @bean} call: th:utext may not reach beans. */
	@ModelAttribute("shellMenu")
	ShellMenu shellMenu() {
		return shellMenu;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.find().orElse(null);
	}
}
