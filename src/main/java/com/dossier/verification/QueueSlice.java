package com.dossier.verification;

import java.util.List;

import com.dossier.shared.KeysetCursor;

/**
 * One page of the clerk's queue, reached by keyset: no offset and no total, so the last page costs what the first
 * does. {@link #previous()} and {@link #next()} are the cursors the pager's links carry.
 */
public record QueueSlice(List<QueueEntry> items, List<KeysetCursor> cursors, boolean hasPrevious, boolean hasNext) {

	static QueueSlice empty() {
		return new QueueSlice(List.of(), List.of(), false, false);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** Where "previous" starts: before the first row shown. */
	public String previous() {
		return cursors.isEmpty() ? null : cursors.get(0).token();
	}

	/** Where "next" starts: after the last row shown. */
	public String next() {
		return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1).token();
	}
}
