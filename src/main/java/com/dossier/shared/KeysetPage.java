package com.dossier.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list in a total order of {@code (time, id)}, reached by keyset: no offset
 * and no total, so a page far into the list costs what the first does (首页 上一页 下一页 末页).
 * {@link #previous()} and {@link #next()} are the cursors the pager's links carry.
 */
public record KeysetPage<T>(List<T> items, String previous, String next, boolean hasPrevious, boolean hasNext) {

	/**
	 * Up to {@code limit} rows strictly after {@code cursor} in list order (forward) or
	 * before it, nearest first.
	 */
	@FunctionalInterface
	public interface Rows<T> {

		List<T> read(KeysetCursor cursor, boolean forward, int limit);

	}

	public static <T> KeysetPage<T> empty() {
		return new KeysetPage<>(List.of(), null, null, false, false);
	}

	/**
	 * The page {@code request} asks for, reading one row more than shown to know whether
	 * there is more. Rows gone since the last view just drop out: "next" past the end
	 * shows the last page, "previous" with less than a page before it the first page,
	 * full.
	 */
	public static <T> KeysetPage<T> of(Rows<T> rows, Function<T, KeysetCursor> cursorOf, KeysetRequest request,
			int size) {
		Pager<T> pager = new Pager<>(rows, cursorOf, size);
		return switch (request.from()) {
			case FIRST -> pager.forward(null, false);
			case LAST -> pager.backward(null, true);
			case AFTER -> {
				KeysetPage<T> after = pager.forward(request.cursor(), true);
				yield after.isEmpty() ? pager.backward(null, true) : after;
			}
			case BEFORE -> pager.backward(request.cursor(), false);
		};
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/**
	 * The same page with each row turned into what is shown of it; the cursors stay those
	 * of the rows.
	 */
	public <U> KeysetPage<U> map(Function<T, U> shown) {
		return new KeysetPage<>(items.stream().map(shown).toList(), previous, next, hasPrevious, hasNext);
	}

	private record Pager<T>(Rows<T> rows, Function<T, KeysetCursor> cursorOf, int size) {

		KeysetPage<T> forward(KeysetCursor after, boolean hasPrevious) {
			List<T> read = rows.read(after, true, size + 1);
			return page(read.subList(0, Math.min(size, read.size())), hasPrevious, read.size() > size);
		}

		KeysetPage<T> backward(KeysetCursor before, boolean atEnd) {
			List<T> read = rows.read(before, false, size + 1);
			if (before != null && read.size() <= size) {
				return forward(null, false);
			}
			List<T> shown = new ArrayList<>(read.subList(0, Math.min(size, read.size())));
			Collections.reverse(shown);
			return page(shown, read.size() > size, !atEnd);
		}

		private KeysetPage<T> page(List<T> shown, boolean hasPrevious, boolean hasNext) {
			return shown.isEmpty() ? new KeysetPage<>(List.of(), null, null, hasPrevious, hasNext)
					: new KeysetPage<>(List.copyOf(shown), cursorOf.apply(shown.get(0)).token(),
							cursorOf.apply(shown.get(shown.size() - 1)).token(), hasPrevious, hasNext);
		}
	}
}
