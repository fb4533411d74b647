package com.dossier.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.dossier.shared.Sql;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an administrator narrows the log to; every part optional. Dates are days where the
 * administration is (the zone every page shows times in), not UTC days.
 */
public record AuditFilter(String actor, String action, String outcome, Long enterpriseId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	/**
	 * Whether a page reads one index range per outcome, merged: the actor, action and
	 * enterprise indexes have the outcome second (V42), so without an outcome filter each
	 * outcome is its own range in time order.
	 */
	boolean byOutcome() {
		return !has(outcome) && (has(actor) || has(action) || enterpriseId != null);
	}

	/** The conditions over {@code audit_event}, their values added to {@code params}. */
	List<String> clauses(List<Object> params, ZoneId zone) {
		List<String> clauses = new ArrayList<>();
		if (has(actor)) {
			clauses.add("actor = ?");
			params.add(actor.trim());
		}
		if (has(action)) {
			clauses.add("action = ?");
			params.add(action.trim());
		}
		if (has(outcome)) {
			clauses.add("outcome = ?");
			params.add(outcome.trim());
		}
		if (enterpriseId != null) {
			clauses.add("enterprise_id = ?");
			params.add(enterpriseId);
		}
		if (from != null) {
			clauses.add("occurred_at >= ?");
			params.add(Sql.ts(startOf(clamp(from), zone)));
		}
		if (to != null) {
			clauses.add("occurred_at < ?");
			params.add(Sql.ts(startOf(clamp(to).plusDays(1), zone)));
		}
		return clauses;
	}

	/**
	 * A day typed outside 0001–9999 is clamped: both databases store that range, not
	 * every year a URL holds.
	 */
	private static LocalDate clamp(LocalDate day) {
		return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
	}

	private static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	private static boolean has(String s) {
		return s != null && !s.isBlank();
	}
}
