package com.dossier.account;

import java.time.Instant;

import com.dossier.shared.security.Role;

/**
 * An account as administrators see it: never the password hash. {@code throttledUntil}:
 * sign-in attempts on it from addresses it is not known at are refused until then (null
 * when they are heard).
 */
public record AccountView(long id, String username, String displayName, Role role, String enterprise,
		String enterpriseCreditCode, boolean enabled, Instant throttledUntil, Instant createdAt, int version) {

	public boolean throttled() {
		return throttledUntil != null;
	}
}
