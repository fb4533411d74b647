package com.dossier.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a list paged by keyset (the clerk's queue, the audit log): the
 * {@code (time, id)} of one row, the list's total order. In a URL it is
 * {@code <epoch microseconds>_<id>} (both databases keep microseconds), e.g.
 * {@code 1764054000123456_42}.
 */
public record KeysetCursor(Instant at, long id) {

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})_(\\d{1,18})");

	/**
	 * 9999-12-31T23:59:59Z: both databases store it, so a cursor from a tampered URL
	 * never fails in the driver.
	 */
	private static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");

	public String token() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
	}

	/**
	 * Empty for anything that is not a token this class wrote (a hand-edited or truncated
	 * URL).
	 */
	public static Optional<KeysetCursor> parse(String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
		long id = Long.parseLong(m.group(2));
		if (id < 1 || at.isAfter(MAX)) {
			return Optional.empty();
		}
		return Optional.of(new KeysetCursor(at, id));
	}
}
