package com.dossier.shared.security;

/**
 * The kinds of signed-in user; the public portal needs none. {@code IMPORTER} is a
 * management system's machine client: it has no pages, only the import API.
 */
public enum Role {

	ENTERPRISE, CLERK, ADMIN, REVIEWER, IMPORTER;

	/**
	 * Where the role's work starts: sign-in leads there, and a refused page links back to
	 * it.
	 */
	public String home() {
		return switch (this) {
			case ENTERPRISE -> "/handbook";
			case CLERK -> "/clerk";
			case ADMIN -> "/admin";
			case REVIEWER -> "/review";
			// A machine client has no pages of its own: signed in by a browser, it
			// lands on the public portal.
			case IMPORTER -> "/";
		};
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
