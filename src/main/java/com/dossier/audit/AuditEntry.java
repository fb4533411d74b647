package com.dossier.audit;

import java.time.Instant;

/** One stored line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRole, Long enterpriseId, String action,
		String target, String outcome, String clientAddress, String detail) {
}
