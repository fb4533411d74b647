package com.dossier.handbook;

/**
 * A clerk compared a filed record's originals with its scans (原件校对) and decided: it
 * passed (the record becomes C, a revision replacing the record it revises) or failed
 * with the reason shown to the enterprise. Published by the module that runs the
 * verification, inside the transaction of the decision; {@link RecordEffects} moves the
 * level in that same transaction, so a decision and its effect commit together or not at
 * all.
 *
 * <p>
 * The event is the handbook's own type so that the module deciding depends on the
 * handbook and not the other way round: that module also files records through
 * {@link RecordLifecycle}, and listening to its types would make a cycle.
 */
public record OriginalsChecked(long recordId, boolean passed, String reason) {

	public static OriginalsChecked passed(long recordId) {
		return new OriginalsChecked(recordId, true, null);
	}

	public static OriginalsChecked failed(long recordId, String reason) {
		return new OriginalsChecked(recordId, false, reason);
	}
}
