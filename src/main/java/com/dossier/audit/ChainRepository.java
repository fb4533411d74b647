package com.dossier.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chain's SQL: its head (one row, locked while an entry is sealed) and its entries in
 * chain order, from the archive and the live table alike ({@link Table}).
 */
@Repository
class ChainRepository {

	/** Where chained entries live: the archive holds a prefix of the chain. */
	enum Table {

		ARCHIVE("audit_event_archive"), LIVE("audit_event");

		final String name;

		Table(String name) {
			this.name = name;
		}

	}

	record Head(long position, String hash, Instant at) {
	}

	private final JdbcClient jdbc;

	ChainRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The head, locked until the caller's transaction ends: every writer on every node
	 * queues here, so positions follow one another without gaps.
	 */
	Head lockHead() {
		return jdbc.sql("select position, hash, updated_at from audit_chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong("position"), rs.getString("hash"), Sql.instant(rs, "updated_at")))
			.single();
	}

	Head head() {
		return jdbc.sql("select position, hash, updated_at from audit_chain_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong("position"), rs.getString("hash"), Sql.instant(rs, "updated_at")))
			.single();
	}

	/** False when the entry is no longer there (rolled back to a savepoint). */
	boolean seal(ChainEntry e) {
		return jdbc
			.sql("update audit_event set chain_position = ?, entry_hash = ? where id = ? and chain_position is null")
			.params(e.position(), e.hash(), e.id())
			.update() == 1;
	}

	void moveHead(long position, String hash, Instant at) {
		jdbc.sql("update audit_chain_head set position = ?, hash = ?, updated_at = ? where id = 1")
			.params(position, hash, Sql.ts(at))
			.update();
	}

	/** Up to {@code limit} chained entries of {@code table} after {@code position}. */
	List<ChainEntry> after(Table table, long position, int limit) {
		return jdbc.sql("select * from " + table.name + " where chain_position > ? order by chain_position limit ?")
			.params(position, limit)
			.query(ChainRepository::map)
			.list();
	}

	/** The first entry nobody sealed: written past the application. */
	Optional<ChainEntry> firstUnsealed(Table table) {
		return jdbc.sql("select * from " + table.name + " where chain_position is null order by id limit 1")
			.query(ChainRepository::map)
			.optional();
	}

	long count(Table table) {
		return jdbc.sql("select count(*) from " + table.name).query(Long.class).single();
	}

	static ChainEntry map(ResultSet rs, int row) throws SQLException {
		return new ChainEntry(rs.getLong("id"), Sql.instant(rs, "occurred_at"), rs.getString("actor"),
				rs.getString("actor_role"), rs.getObject("enterprise_id", Long.class), rs.getString("action"),
				rs.getString("target"), rs.getString("outcome"), rs.getString("client_address"), rs.getString("detail"),
				rs.getString("request_id"), rs.getObject("chain_position", Long.class), rs.getString("entry_hash"));
	}

}
