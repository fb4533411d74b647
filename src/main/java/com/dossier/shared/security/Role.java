package com.dossier.shared.security;

/** The four kinds of signed-in user; the public portal needs none. */
public enum Role {
	ENTERPRISE, CLERK, ADMIN, REVIEWER;

	public String authority() {
		return "ROLE_" + name();
	}
}
