package com.dossier.account;

import java.time.Instant;
import java.util.Set;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

/**
 * An account as administrators see it: never the password hash. {@code throttledUntil}:
 * sign-in attempts on it from addresses it is not known at are refused until then (null
 * when they are heard). {@code enterpriseRole} and {@code permissions}: an enterprise's
 * account's (null and empty for the other roles).
 */
public record AccountView(long id, String username, String displayName, Role role, String enterprise,
		String enterpriseCreditCode, boolean enabled, Instant throttledUntil, Instant createdAt, int version,
		EnterpriseRole enterpriseRole, Set<Permission> permissions, boolean mustChangePassword, Instant lastSignInAt) {

	public boolean throttled() {
		return throttledUntil != null;
	}

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

}
