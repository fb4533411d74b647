package com.dossier.account;

import java.time.Instant;
import java.util.Locale;

import com.dossier.shared.security.Role;

/** A user account. The hash never leaves this module. */
record Account(long id, String username, String passwordHash, Role role, Long enterpriseId, String displayName,
		boolean enabled, Instant createdAt, int version) {

	static final int MAX_USERNAME = 64;

	/**
	 * How a user name is compared, for the account's unique key and for the sign-in
	 * throttle alike: without surrounding spaces, in lower case, at most 64 characters,
	 * control characters (which no user name holds and PostgreSQL cannot store, like NUL)
	 * replaced. Any text typed as a user name has a key.
	 */
	static String keyOf(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		StringBuilder clean = new StringBuilder(key.length());
		key.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '?' : c));
		return clean.length() <= MAX_USERNAME ? clean.toString() : clean.substring(0, MAX_USERNAME);
	}
}
