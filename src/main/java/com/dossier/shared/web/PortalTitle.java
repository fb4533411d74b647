package com.dossier.shared.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's name, configured per deployment (the hall's own name) in both languages,
 * so that an English page does not carry a Chinese brand.
 */
@Component
public class PortalTitle {

	private final String chinese;

	private final String english;

	PortalTitle(@Value("${dossier.portal.title}") String chinese,
			@Value("${dossier.portal.title-en:${dossier.portal.title}}") String english) {
		this.chinese = chinese;
		this.english = english;
	}

	public String in(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : chinese;
	}

}
