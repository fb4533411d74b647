package com.dossier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.dossier.shared.Page;
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

	Page<AuditEntry> find(AuditFilter filter, int page, int size) {
		List<Object> params = new ArrayList<>();
		String where = filter.where(params);
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<AuditEntry> items = jdbc
			.sql("select * from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query(AuditRepository::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("actor_role"), (Long) rs.getObject("enterprise_id", Long.class), rs.getString("action"),
				rs.getString("target"), rs.getString("outcome"), rs.getString("client_address"), rs.getString("detail"));
	}
}
