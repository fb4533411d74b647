package com.dossier.shared.web;

import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * A line the layout shows above every page while it holds (the certificate used to sign
 * in is about to expire): modules contribute one as a bean, and the layout knows nothing
 * of them.
 */
public interface PageNotice {

	/** The notice for the current request, in the request's language, or empty. */
	Optional<String> text(MessageSource messages, java.util.Locale locale);

	/** The element id the notice has on the page (tests and styles find it by that). */
	default String id() {
		return "page-notice";
	}

	/** A notice as the layout shows it. */
	record Shown(String id, String text) {
	}

}
