package com.dossier.audit;

import java.time.Instant;

/**
 * One line of the audit log as an administrator reads it: names and words in the user's
 * language, with the stored codes kept for the title (hover) and the details view.
 *
 * @param detailShort the detail with digests shortened ({@code 3f9a1c2b…}) and codes
 * named; {@code detail} is as stored
 */
public record AuditRow(long id, Instant occurredAt, String actor, String role, Long enterpriseId, String action,
		String actionCode, String target, String outcomeCode, String outcome, String clientAddress, String detailShort,
		String detail, String requestId) {

	public boolean shortened() {
		return detail != null && !detail.equals(detailShort);
	}
}
