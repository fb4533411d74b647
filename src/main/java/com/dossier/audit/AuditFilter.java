package com.dossier.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.dossier.shared.Sql;

import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator narrows the log to; every part optional. Dates are UTC days, as the log is kept in UTC. */
public record AuditFilter(String actor, String action, String outcome, Long enterpriseId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	String where(List<Object> params) {
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
			params.add(Sql.ts(from.atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (to != null) {
			clauses.add("occurred_at < ?");
			params.add(Sql.ts(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
	}

	private static boolean has(String s) {
		return s != null && !s.isBlank();
	}
}
