package com.dossier.shared.security;

/** The four kinds of signed-in user; the public portal needs none. */
public enum Role {

	ENTERPRISE, CLERK, ADMIN, REVIEWER;

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
		};
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
