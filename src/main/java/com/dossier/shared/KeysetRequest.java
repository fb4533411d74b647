package com.dossier.shared;

import java.util.Optional;

/**
 * Where a page of a keyset-paged list starts, as a request asks for it: {@code after} or
 * {@code before} a row the user saw (its cursor), or the {@code last} page, or else the
 * first. At most one of the three may be given.
 */
public record KeysetRequest(From from, KeysetCursor cursor) {

	public enum From {

		FIRST, AFTER, BEFORE, LAST

	}

	public static final KeysetRequest FIRST = new KeysetRequest(From.FIRST, null);

	/**
	 * Empty when more than one is given or a cursor is not one this application wrote (a
	 * hand-edited URL).
	 */
	public static Optional<KeysetRequest> of(String after, String before, boolean last) {
		int given = (after != null ? 1 : 0) + (before != null ? 1 : 0) + (last ? 1 : 0);
		if (given > 1) {
			return Optional.empty();
		}
		if (last) {
			return Optional.of(new KeysetRequest(From.LAST, null));
		}
		if (after == null && before == null) {
			return Optional.of(FIRST);
		}
		From from = after != null ? From.AFTER : From.BEFORE;
		return KeysetCursor.parse(after != null ? after : before).map(cursor -> new KeysetRequest(from, cursor));
	}
}
