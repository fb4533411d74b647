package com.dossier.audit;

import java.time.Instant;

/**
 * An audit entry with what the chain adds: its position and hash (null until the
 * transaction that wrote it seals it, or when someone inserted it past the application).
 */
record ChainEntry(long id, Instant occurredAt, String actor, String actorRole, Long enterpriseId, String action,
		String target, String outcome, String clientAddress, String detail, String requestId, Long position,
		String hash) {

	ChainEntry sealed(long position, String hash) {
		return new ChainEntry(id, occurredAt, actor, actorRole, enterpriseId, action, target, outcome, clientAddress,
				detail, requestId, position, hash);
	}

}
