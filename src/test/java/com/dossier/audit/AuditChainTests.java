package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.audit.ChainCheck.Reason;
import com.dossier.shared.Sql;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21's tampering, each on a database of its own ({@link ChainDatabase}): a changed,
 * a deleted and an inserted entry are each found, with the right first broken entry; so
 * is a chain rewritten consistently, by the anchors. On H2, and on PostgreSQL when the
 * suite runs there.
 */
class AuditChainTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T06:00:00.123456789Z"), ZoneOffset.UTC);

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void anUntouchedChainIsValidAndRollbacksLeaveNoGap(String kind) {
		try (ChainDatabase db = database(kind)) {
			var node = db.node(CLOCK);
			List<Long> ids = write(node, 5);
			node.transaction().executeWithoutResult(status -> {
				node.log().record(event("rolled-back"), null, CLOCK.instant());
				status.setRollbackOnly();
			});
			node.transaction().executeWithoutResult(status -> {
				node.log().record(event("in-a-transaction-1"), "10.0.0.1", CLOCK.instant());
				node.log().record(event("in-a-transaction-2"), "10.0.0.1", CLOCK.instant());
			});
			ChainCheck check = node.verifier().verify();
			assertThat(check.valid()).as(String.valueOf(check.firstBroken())).isTrue();
			assertThat(check.checked()).isEqualTo(7);
			assertThat(check.headPosition()).isEqualTo(7);
			assertThat(check.firstBroken()).isNull();
			assertThat(db.jdbc.sql("select chain_position from audit_event order by id").query(Long.class).list())
				.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
			assertThat(ids).hasSize(5);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aChangedEntryIsTheFirstBroken(String kind) {
		try (ChainDatabase db = database(kind)) {
			var node = db.node(CLOCK);
			List<Long> ids = write(node, 6);
			db.jdbc.sql("update audit_event set detail = 'nothing happened' where id = ?").param(ids.get(2)).update();
			write(node, 2);
			ChainCheck check = node.verifier().verify();
			assertThat(check.valid()).isFalse();
			assertThat(check.firstBroken().id()).isEqualTo(ids.get(2));
			assertThat(check.firstBroken().at()).isEqualTo(Instant.parse("2026-12-02T06:00:00.123456Z"));
			assertThat(check.firstBroken().reason()).isEqualTo(Reason.HASH);
			assertThat(check.checked()).isEqualTo(2);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aMicrosecondMovedOrAHashReplacedIsFound(String kind) {
		try (ChainDatabase db = database(kind)) {
			var node = db.node(CLOCK);
			List<Long> ids = write(node, 4);
			Instant at = CLOCK.instant().plusNanos(1000);
			db.jdbc.sql("update audit_event set occurred_at = ? where id = ?").params(Sql.ts(at), ids.get(1)).update();
			assertThat(node.verifier().verify().firstBroken().id()).isEqualTo(ids.get(1));
			db.jdbc.sql("update audit_event set occurred_at = ? where id = ?")
				.params(Sql.ts(ChainHash.stored(CLOCK.instant())), ids.get(1))
				.update();
			assertThat(node.verifier().verify().valid()).isTrue();
			db.jdbc.sql("update audit_event set entry_hash = ? where id = ?")
				.params("f".repeat(64), ids.get(3))
				.update();
			assertThat(node.verifier().verify().firstBroken().id()).isEqualTo(ids.get(3));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aDeletedEntryBreaksTheChainAtTheNextOrAtTheHead(String kind) {
		try (ChainDatabase db = database(kind)) {
			var node = db.node(CLOCK);
			List<Long> ids = write(node, 5);
			db.jdbc.sql("delete from audit_event where id = ?").param(ids.get(4)).update();
			ChainCheck last = node.verifier().verify();
			assertThat(last.firstBroken().reason()).isEqualTo(Reason.HEAD);
			assertThat(last.firstBroken().id()).isNull();
			assertThat(last.firstBroken().position()).isEqualTo(5);
			assertThat(last.checked()).isEqualTo(4);

			db.jdbc.sql("delete from audit_event where id = ?").param(ids.get(1)).update();
			ChainCheck middle = node.verifier().verify();
			assertThat(middle.firstBroken().id()).isEqualTo(ids.get(2));
			assertThat(middle.firstBroken().reason()).isEqualTo(Reason.SEQUENCE);
			assertThat(middle.checked()).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void anEntryInsertedPastTheApplicationIsFound(String kind) {
		try (ChainDatabase db = database(kind)) {
			var node = db.node(CLOCK);
			write(node, 3);
			long plain = insert(db, null, null);
			ChainCheck unsealed = node.verifier().verify();
			assertThat(unsealed.firstBroken().id()).isEqualTo(plain);
			assertThat(unsealed.firstBroken().reason()).isEqualTo(Reason.UNSEALED);
			assertThat(unsealed.checked()).isEqualTo(3);
			db.jdbc.sql("delete from audit_event where id = ?").param(plain).update();

			long forged = insert(db, 4L, "a".repeat(64));
			ChainCheck beyond = node.verifier().verify();
			assertThat(beyond.firstBroken().id()).isEqualTo(forged);
			assertThat(beyond.firstBroken().reason()).isEqualTo(Reason.HASH);
			db.jdbc.sql("delete from audit_event where id = ?").param(forged).update();

			long before = insert(db, 0L, "b".repeat(64));
			assertThat(node.verifier().verify().firstBroken().id()).isEqualTo(before);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aChainRewrittenConsistentlyDisagreesWithItsAnchor(String kind) throws Exception {
		try (ChainDatabase db = database(kind)) {
			Path anchors = temp.resolve("anchors.log");
			var node = db.node(CLOCK, anchors, AuditProperties.MINIMUM_AGE);
			List<Long> ids = write(node, 4);
			var anchored = node.trust().anchor();
			assertThat(anchored.written()).isTrue();
			assertThat(Files.readString(anchors)).startsWith("anchor 2026-12-02T06:00:00.123456789Z 4 ");
			write(node, 2);
			assertThat(node.verifier().verify().valid()).isTrue();

			// someone who knows the encoding changes entry 2 and recomputes every hash
			// after it
			db.jdbc.sql("update audit_event set detail = 'forged' where id = ?").param(ids.get(1)).update();
			String previous = ChainHash.GENESIS;
			for (ChainEntry e : db.jdbc.sql("select * from audit_event order by chain_position")
				.query(ChainRepository::map)
				.list()) {
				previous = ChainHash.of(e, e.position(), previous);
				db.jdbc.sql("update audit_event set entry_hash = ? where id = ?").params(previous, e.id()).update();
			}
			db.jdbc.sql("update audit_chain_head set hash = ?").param(previous).update();

			ChainCheck check = node.verifier().verify();
			assertThat(check.firstBroken().reason()).isEqualTo(Reason.ANCHOR);
			assertThat(check.firstBroken().id()).isEqualTo(ids.get(3));
			assertThat(db.node(CLOCK).verifier().verify().valid()).as("without the anchors it looks whole").isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void anAnchorPastTheEndOfTheChainIsABreak(String kind) throws Exception {
		try (ChainDatabase db = database(kind)) {
			Path anchors = temp.resolve("ahead.log");
			var node = db.node(CLOCK, anchors, AuditProperties.MINIMUM_AGE);
			write(node, 2);
			Files.writeString(anchors, "garbage line\nanchor 2026-12-01T00:00:00Z 9 " + "c".repeat(64) + "\n");
			ChainCheck check = node.verifier().verify();
			assertThat(check.firstBroken().reason()).isEqualTo(Reason.ANCHOR);
			assertThat(check.firstBroken().position()).isEqualTo(9);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void entriesWrittenBeforeTheChainAreChainedInIdOrderByTheMigration(String kind) {
		assumeThat(ChainDatabase.available(kind)).as("PostgreSQL configured").isTrue();
		try (ChainDatabase db = new ChainDatabase(kind, "59")) {
			for (int i = 0; i < 3; i++) {
				db.jdbc.sql("""
						insert into audit_event (occurred_at, actor, action, outcome, detail)
						values (?, 'old', 'login', 'SUCCESS', ?)""")
					.params(Sql.ts(CLOCK.instant().minusSeconds(100 - i)), "before the chain " + i)
					.update();
			}
			db.migrate();
			var node = db.node(CLOCK);
			write(node, 2);
			ChainCheck check = node.verifier().verify();
			assertThat(check.valid()).as(String.valueOf(check.firstBroken())).isTrue();
			assertThat(check.checked()).isEqualTo(5);
		}
	}

	private ChainDatabase database(String kind) {
		assumeThat(ChainDatabase.available(kind)).as("PostgreSQL configured").isTrue();
		return new ChainDatabase(kind, "latest");
	}

	static AuditEvent event(String detail) {
		return new AuditEvent("chain.test", Outcome.SUCCESS, "t:1", detail, "tester", "ADMIN", 7L);
	}

	/** {@code n} entries, each in a transaction of its own; their ids. */
	static List<Long> write(ChainDatabase.Node node, int n) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			node.log().record(event("entry " + i + " 中文"), "127.0.0.1", CLOCK.instant());
			ids.add(node.jdbc().sql("select max(id) from audit_event").query(Long.class).single());
		}
		return ids;
	}

	private static long insert(ChainDatabase db, Long position, String hash) {
		db.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, outcome, detail, chain_position, entry_hash)
				values (?, 'intruder', 'login', 'SUCCESS', 'slipped in', ?, ?)""")
			.params(Sql.ts(CLOCK.instant()), position, hash)
			.update();
		return db.jdbc.sql("select max(id) from audit_event").query(Long.class).single();
	}

}
