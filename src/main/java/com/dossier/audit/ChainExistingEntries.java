package com.dossier.audit;

import java.time.Instant;
import java.util.List;

import com.dossier.shared.Sql;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * V69: the entries written before the chain existed (V68) are chained in id order, a page
 * at a time, and the head moved to the last. Spring Boot hands this bean to Flyway; a
 * test migrating by hand passes it with {@code javaMigrations}.
 */
@Component
class ChainExistingEntries implements JavaMigration {

	private static final int PAGE = 1000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("69");
	}

	@Override
	public String getDescription() {
		return "chain existing audit entries";
	}

	@Override
	public Integer getChecksum() {
		return 69;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
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
