package com.dossier.handbook;

import java.time.Instant;
import java.util.Map;

/**
 * One saved version of a record: what it held, at which level and status, who saved it
 * and why.
 */
public record RecordVersion(long recordId, int version, Level level, RecordStatus status, Map<String, String> data,
		String actor, Instant at, ChangeKind change) {
}
