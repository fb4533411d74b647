package com.dossier.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

/**
 * A user account. The hash never leaves this module. An enterprise's account has its
 * {@code enterpriseRole} and {@code permissions}; other accounts neither.
 */
record Account(long id, String username, String passwordHash, Role role, Long enterpriseId, String displayName,
		boolean enabled, Instant createdAt, int version, EnterpriseRole enterpriseRole, Set<Permission> permissions,
		boolean mustChangePassword, Instant lastSignInAt) {

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

	boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	/** As the column stores them: codes in the enum's order, comma-separated. */
	static String column(Set<Permission> permissions) {
		return permissions.stream().sorted().map(Permission::name).collect(Collectors.joining(","));
	}

	static Set<Permission> permissionsOf(String column) {
		Set<Permission> set = EnumSet.noneOf(Permission.class);
		if (column != null) {
			Arrays.stream(column.split(",")).filter(c -> !c.isBlank()).map(Permission::valueOf).forEach(set::add);
		}
		return set;
	}

}
