package com.dossier.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.dossier.shared.KeysetCursor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open applications of all enterprises, oldest first, for the clerks. The workbench and the API page by keyset
 * (首页 上一页 下一页 末页 from cursors, one row more than shown to know whether there is more), never counting the
 * whole queue and never skipping rows by offset.
 */
@Service
public class ClerkQueue {

	/** Where a page starts: either end, or just after / just before a row the clerk saw. */
	public enum From {
		FIRST, AFTER, BEFORE, LAST
	}

	private final QueueRepository queue;

	ClerkQueue(QueueRepository queue) {
		this.queue = queue;
	}

	/**
	 * A page of {@code size} rows from {@code from} ({@code cursor} for AFTER and BEFORE). Rows decided or withdrawn
	 * since the last view just drop out: "next" past the end shows the last page, "previous" past the start the first.
	 */
	@Transactional(readOnly = true)
	public QueueSlice slice(QueueFilter filter, From from, KeysetCursor cursor, int size) {
		if (filter.status() != null && !filter.status().open()) {
			return QueueSlice.empty();
		}
		return switch (from) {
			case FIRST -> forward(filter, null, size, false);
			case LAST -> backward(filter, null, size, true);
			case AFTER -> {
				QueueSlice after = forward(filter, cursor, size, true);
				yield after.isEmpty() ? backward(filter, null, size, true) : after;
			}
			case BEFORE -> backward(filter, cursor, size, false);
		};
	}

	private QueueSlice forward(QueueFilter filter, KeysetCursor after, int size, boolean hasPrevious) {
		List<QueueRepository.Row> rows = queue.slice(filter, after, true, size + 1);
		return slice(rows.subList(0, Math.min(size, rows.size())), hasPrevious, rows.size() > size);
	}

	private QueueSlice backward(QueueFilter filter, KeysetCursor before, int size, boolean atEnd) {
		List<QueueRepository.Row> rows = queue.slice(filter, before, false, size + 1);
		if (before != null && rows.size() <= size) {
			// no page before this one: show the first page, full, rather than the few rows left before the cursor
			return forward(filter, null, size, false);
		}
		List<QueueRepository.Row> shown = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
		Collections.reverse(shown);
		return slice(shown, rows.size() > size, !atEnd);
	}

	private static QueueSlice slice(List<QueueRepository.Row> rows, boolean hasPrevious, boolean hasNext) {
		return new QueueSlice(rows.stream().map(QueueRepository.Row::entry).toList(),
				rows.stream().map(QueueRepository.Row::cursor).toList(), hasPrevious, hasNext);
	}
}
