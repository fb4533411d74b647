package com.dossier.audit;

import java.time.Instant;

/**
 * One stored line of the audit log; {@code requestId} leads to the log lines of the
 * request that wrote it.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, Long enterpriseId, String action,
		String target, String outcome, String clientAddress, String detail, String requestId) {
}
