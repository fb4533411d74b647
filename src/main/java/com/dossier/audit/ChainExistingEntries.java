package com.dossier.audit;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V69: the entries written before the chain existed (V68) are chained in id order, a page
 * at a time, and the head moved to the last. Called by {@code db.migration.V69__…}, which
 * sits beside the SQL migrations so that Flyway finds it whatever starts it (the
 * application, a test of one module that leaves this module out, an operator); the hash
 * is this module's, as the verification must read it.
 */
public final class ChainExistingEntries {

	private static final int PAGE = 1000;

	private ChainExistingEntries() {
	}

	public static void chain(Connection connection) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		long position = 0;
		String hash = ChainHash.GENESIS;
		long lastId = Long.MIN_VALUE;
		while (true) {
			List<ChainEntry> page = jdbc
				.sql("select * from audit_event where chain_position is null and id > ? order by id limit ?")
				.params(lastId, PAGE)
				.query(ChainRepository::map)
				.list();
			for (ChainEntry e : page) {
				position++;
				hash = ChainHash.of(e, position, hash);
				jdbc.sql("update audit_event set chain_position = ?, entry_hash = ? where id = ?")
					.params(position, hash, e.id())
					.update();
				lastId = e.id();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		jdbc.sql("update audit_chain_head set position = ?, hash = ?, updated_at = ? where id = 1")
			.params(position, hash, Sql.ts(Instant.now()))
			.update();
	}

}
