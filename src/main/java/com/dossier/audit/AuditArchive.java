package com.dossier.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves entries older than {@code dossier.audit.archive-after} from {@code audit_event}
 * to {@code audit_event_archive}, chain fields and all, so that the live table (and its
 * indexes) stays the size of the period administrators browse while every entry is kept
 * and the chain stays verifiable across both tables. Only a prefix of the chain moves:
 * the run of oldest positions that are all older than the cut, so the archive always ends
 * where the live table begins. Batches of {@value #BATCH}, each under the head's lock, so
 * two nodes never move the same rows and writers wait a batch at most.
 */
@Component
class AuditArchive {

	static final int BATCH = 1000;

	private static final String COLUMNS = "id, occurred_at, actor, actor_role, enterprise_id, action, target, outcome,"
			+ " client_address, detail, chain_position, entry_hash, request_id";

	private final JdbcClient jdbc;

	private final ChainRepository chain;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration age;

	AuditArchive(JdbcClient jdbc, ChainRepository chain, TransactionTemplate transaction, Clock clock,
			AuditProperties properties) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.transaction = transaction;
		this.clock = clock;
		this.age = properties.archiveAfter();
	}

	/** Moves what is old enough; the number of entries moved. */
	long archive() {
		Instant now = clock.instant();
		Instant cut = now.minus(age);
		long moved = 0;
		while (true) {
			Integer batch = transaction.execute(status -> batch(cut, now));
			moved += batch;
			if (batch < BATCH) {
				return moved;
			}
		}
	}

	private int batch(Instant cut, Instant now) {
		chain.lockHead();
		List<Oldest> oldest = jdbc.sql("""
				select chain_position, occurred_at from audit_event where chain_position is not null
				order by chain_position limit ?""")
			.param(BATCH)
			.query((rs, n) -> new Oldest(rs.getLong("chain_position"), Sql.instant(rs, "occurred_at")))
			.list();
		int old = 0;
		while (old < oldest.size() && oldest.get(old).at().isBefore(cut)) {
			old++;
		}
		if (old == 0) {
			return 0;
		}
		long last = oldest.get(old - 1).position();
		jdbc.sql("insert into audit_event_archive (" + COLUMNS + ", archived_at) select " + COLUMNS
				+ ", ? from audit_event where chain_position <= ?")
			.params(Sql.ts(now), last)
			.update();
		jdbc.sql("delete from audit_event where chain_position <= ?").param(last).update();
		return old;
	}

	private record Oldest(long position, Instant at) {
	}

}
