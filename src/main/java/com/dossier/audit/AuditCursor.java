package com.dossier.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the audit log: the {@code (occurred_at, id)} of one entry, the log's total order. In a URL it is
 * {@code <epoch microseconds>_<id>} (both databases keep microseconds), the same form as the clerk queue's cursor.
 */
public record AuditCursor(Instant occurredAt, long id) {

	private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})_(\\d{1,18})");

	/** 9999-12-31T23:59:59Z: both databases store it, so a cursor from a tampered URL never fails in the driver. */
	private static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");

	public String token() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt) + "_" + id;
	}

	/** Empty for anything that is not a token this class wrote (a hand-edited or truncated URL). */
	public static Optional<AuditCursor> parse(String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token.strip());
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		Instant at = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
		long id = Long.parseLong(m.group(2));
		if (id < 1 || at.isAfter(MAX)) {
			return Optional.empty();
		}
		return Optional.of(new AuditCursor(at, id));
	}
}
