package com.dossier.audit;

import java.util.List;

import com.dossier.shared.KeysetCursor;

/**
 * One page of the audit log, reached by keyset: no offset and no total, so a page deep in the log costs what the
 * newest does. {@link #previous()} and {@link #next()} are the cursors the pager's links carry.
 */
public record AuditSlice(List<AuditEntry> items, boolean hasPrevious, boolean hasNext) {

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** Where "previous" (newer entries) starts: before the first entry shown. */
	public String previous() {
		return items.isEmpty() ? null : cursor(items.get(0));
	}

	/** Where "next" (older entries) starts: after the last entry shown. */
	public String next() {
		return items.isEmpty() ? null : cursor(items.get(items.size() - 1));
	}

	private static String cursor(AuditEntry e) {
		return new KeysetCursor(e.occurredAt(), e.id()).token();
	}
}
