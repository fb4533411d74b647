package com.dossier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.KeysetCursor;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Insert and read only: the log has no update or delete path. */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	/** The filter's days are the administration's days. */
	private final ZoneId zone;

	AuditRepository(JdbcClient jdbc, AdministrationTime time) {
		this.jdbc = jdbc;
		this.zone = time.zone();
	}

	/**
	 * Writes the entry unsealed and answers it as stored (values cut to their columns,
	 * the time to microseconds), which is what the chain hashes.
	 */
	ChainEntry insert(AuditEvent e, String clientAddress, String requestId, Instant at) {
		ChainEntry entry = new ChainEntry(0, ChainHash.stored(at), Sql.cut(e.actor(), 64), e.actorRole(),
				e.enterpriseId(), e.action(), Sql.cut(e.target(), 200), e.outcome().name(), Sql.cut(clientAddress, 64),
				Sql.cut(e.detail(), 2000), Sql.cut(requestId, 64), null, null);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, actor_role, enterprise_id, action, target, outcome,
				                         client_address, detail, request_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Sql.ts(entry.occurredAt()), entry.actor(), entry.actorRole(), entry.enterpriseId(), entry.action(),
					entry.target(), entry.outcome(), entry.clientAddress(), entry.detail(), entry.requestId())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		return new ChainEntry(id, entry.occurredAt(), entry.actor(), entry.actorRole(), entry.enterpriseId(),
				entry.action(), entry.target(), entry.outcome(), entry.clientAddress(), entry.detail(),
				entry.requestId(), null, null);
	}

	/**
	 * Up to {@code limit} entries strictly after {@code from} in the log's order (newest
	 * first), or strictly before it, nearest first, when {@code older} is false; a null
	 * cursor starts at the newest (older) or the oldest end. Each filter is served by an
	 * index ending in {@code (occurred_at, id)} (V42) read in order from the cursor, the
	 * from/to days a range inside it; an actor, action or enterprise without an outcome
	 * is one range per outcome, merged (PostgreSQL: Merge Append). No sort of the
	 * matching rows, no count, no offset.
	 */
	List<AuditEntry> slice(AuditFilter filter, KeysetCursor from, boolean older, int limit) {
		String dir = older ? " desc" : "";
		String order = " order by occurred_at" + dir + ", id" + dir + " limit ?";
		List<Object> params = new ArrayList<>();
		List<String> branches = new ArrayList<>();
		List<Outcome> outcomes = filter.byOutcome() ? List.of(Outcome.values()) : Collections.singletonList(null);
		for (Outcome outcome : outcomes) {
			List<String> clauses = filter.clauses(params, zone);
			if (outcome != null) {
				clauses.add("outcome = ?");
				params.add(outcome.name());
			}
			if (from != null) {
				clauses.add("(occurred_at, id) " + (older ? "<" : ">") + " (?, ?)");
				params.add(Sql.ts(from.at()));
				params.add(from.id());
			}
			branches.add("select * from audit_event"
					+ (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses)) + order);
			params.add(limit);
		}
		String sql = branches.get(0);
		if (branches.size() > 1) {
			sql = "select * from ((" + String.join(") union all (", branches) + ")) u" + order;
			params.add(limit);
		}
		return jdbc.sql(sql).params(params).query(AuditRepository::map).list();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("actor_role"), (Long) rs.getObject("enterprise_id", Long.class), rs.getString("action"),
				rs.getString("target"), rs.getString("outcome"), rs.getString("client_address"), rs.getString("detail"),
				rs.getString("request_id"));
	}

}
