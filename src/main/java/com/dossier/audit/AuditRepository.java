package com.dossier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insert and read only: the log has no update or delete path. */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditEvent e, String clientAddress, Instant at) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, actor_role, enterprise_id, action, target, outcome,
				                         client_address, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Sql.ts(at), Sql.cut(e.actor(), 64), e.actorRole(), e.enterpriseId(), e.action(),
					Sql.cut(e.target(), 200), e.outcome().name(), Sql.cut(clientAddress, 64), Sql.cut(e.detail(), 2000))
			.update();
	}

	/**
	 * Up to {@code limit} entries strictly after {@code from} in the log's order (newest first), or strictly before
	 * it, nearest first, when {@code older} is false; a null cursor starts at the newest (older) or the oldest end.
	 * Each filter is an equality on the leading column of an index ending in {@code (occurred_at, id)} (V42), so the
	 * rows come from the index in order from the cursor: no sort, no count, no offset.
	 */
	List<AuditEntry> slice(AuditFilter filter, AuditCursor from, boolean older, int limit) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select * from audit_event").append(filter.where(params));
		if (from != null) {
			sql.append(params.isEmpty() ? " where" : " and")
				.append(" (occurred_at, id) ")
				.append(older ? "<" : ">")
				.append(" (?, ?)");
			params.add(Sql.ts(from.occurredAt()));
			params.add(from.id());
		}
		String dir = older ? " desc" : "";
		sql.append(" order by occurred_at").append(dir).append(", id").append(dir).append(" limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(AuditRepository::map).list();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("actor_role"), (Long) rs.getObject("enterprise_id", Long.class), rs.getString("action"),
				rs.getString("target"), rs.getString("outcome"), rs.getString("client_address"), rs.getString("detail"));
	}
}
