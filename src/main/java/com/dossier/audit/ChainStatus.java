package com.dossier.audit;

import java.time.Instant;

/**
 * The chain as the audit page shows it: how long it is, and the last verification (none
 * yet: {@code verifiedAt} null).
 */
public record ChainStatus(long headPosition, Instant headAt, Instant verifiedAt, boolean valid, long checked,
		Long brokenId, Instant brokenAt, String reason, String trigger, boolean anchorFile) {

	public boolean verified() {
		return verifiedAt != null;
	}

}
