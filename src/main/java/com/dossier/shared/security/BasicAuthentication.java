package com.dossier.shared.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request carries HTTP Basic credentials: such a request needs no CSRF token
 * (no other site can make a browser send the header) and no client certificate (an API
 * client signs in with its password on every call).
 */
public final class BasicAuthentication {

	private BasicAuthentication() {
	}

	public static boolean isUsedBy(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
