package com.dossier.account;

import java.time.Instant;

import com.dossier.shared.security.Role;

/** A user account. The hash never leaves this module. */
record Account(long id, String username, String passwordHash, Role role, Long enterpriseId, String displayName,
		boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt, int version) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
