package com.dossier.account;

import java.time.Instant;

import com.dossier.shared.security.Role;

/** An account as administrators see it: never the password hash. */
public record AccountView(long id, String username, String displayName, Role role, String enterprise,
		String enterpriseCreditCode, boolean enabled, boolean locked, Instant lockedUntil, Instant createdAt,
		int version) {
}
