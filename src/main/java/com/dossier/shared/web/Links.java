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
		String text = value == null ? null : value.toString();
		// A pager asks for four of these a page, and parsing the URL was 2.8% of the list
		// page: a plain path with a plain value needs neither parsing nor encoding.
		if (text != null && plain(base, true) && plain(name, false) && plain(text, false)) {
			return base + "?" + name + "=" + text;
		}
		return UriComponentsBuilder.fromUriString(base).replaceQueryParam(name, value).build().encode().toUriString();
	}

	/**
	 * Only characters a URL carries as they are (RFC 3986's unreserved ones, and
	 * {@code /} in a path): no query, fragment, escape or anything to encode.
	 */
	private static boolean plain(String s, boolean path) {
		if (s.isEmpty()) {
			return !path;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~';
			if (!unreserved && !(path && c == '/')) {
				return false;
			}
		}
		return !path || s.charAt(0) == '/';
	}

}
