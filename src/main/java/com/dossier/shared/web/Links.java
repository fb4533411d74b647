package com.dossier.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links a page builds from its own URL: the list's address with one query parameter set
 * (the pagers).
 */
public final class Links {

	private Links() {
	}

	/**
	 * {@code base} (a path with its query, e.g. a list with its filters) with
	 * {@code name=value} set.
	 */
	public static String with(String base, String name, Object value) {
		return UriComponentsBuilder.fromUriString(base).replaceQueryParam(name, value).build().encode().toUriString();
	}

}
