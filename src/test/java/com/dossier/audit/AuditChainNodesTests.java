package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.dossier.audit.ChainCheck.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One chain whatever writes it: two nodes (pools of their own) on one database, several
 * threads each; and the archive, which moves old entries and keeps the chain verifiable.
 */
class AuditChainNodesTests {

	private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void twoNodesWritingAtOnceKeepOneValidChain(String kind) throws Exception {
		assumeThat(ChainDatabase.available(kind)).as("PostgreSQL configured").isTrue();
		try (ChainDatabase db = new ChainDatabase(kind, "latest")) {
			Clock clock = Clock.systemUTC();
			List<ChainDatabase.Node> nodes = List.of(db.node(clock), db.node(clock));
			ExecutorService threads = Executors.newFixedThreadPool(6);
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				ChainDatabase.Node node = nodes.get(t % 2);
				int thread = t;
				done.add(threads.submit(() -> {
					for (int i = 0; i < 25; i++) {
						node.transaction().executeWithoutResult(status -> {
							node.log().record(AuditChainTests.event("t" + thread), null, clock.instant());
							node.log().record(AuditChainTests.event("t" + thread + " again"), null, clock.instant());
						});
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			threads.shutdown();
			ChainCheck check = nodes.get(1).verifier().verify();
			assertThat(check.valid()).as(String.valueOf(check.firstBroken())).isTrue();
			assertThat(check.checked()).isEqualTo(300);
			assertThat(db.jdbc.sql("select count(distinct chain_position) from audit_event").query(Long.class).single())
				.isEqualTo(300);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void theArchiveTakesTheOldPrefixAndTheChainStaysVerifiable(String kind) {
		assumeThat(ChainDatabase.available(kind)).as("PostgreSQL configured").isTrue();
		try (ChainDatabase db = new ChainDatabase(kind, "latest")) {
			Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
			var node = db.node(clock, null, Duration.ofDays(180));
			for (int i = 0; i < 2100; i++) {
				Instant at = NOW.minus(Duration.ofDays(i < 2050 ? 400 : 10)).plusSeconds(i);
				node.log().record(AuditChainTests.event("e" + i), null, at);
			}
			// an old entry after a new one stays live: only a prefix of the chain moves
			node.log().record(AuditChainTests.event("late but old"), null, NOW.minus(Duration.ofDays(500)));

			assertThat(node.trust().archive()).isEqualTo(2050);
			assertThat(db.jdbc.sql("select count(*) from audit_event_archive").query(Long.class).single())
				.isEqualTo(2050);
			assertThat(db.jdbc.sql("select min(chain_position) from audit_event").query(Long.class).single())
				.isEqualTo(2051);
			ChainCheck check = node.verifier().verify();
			assertThat(check.valid()).as(String.valueOf(check.firstBroken())).isTrue();
			// 2,102: the archive's own audit entry counts too
			assertThat(check.checked()).isEqualTo(2102);
			assertThat(node.trust().archive()).isZero();

			long archived = db.jdbc.sql("select id from audit_event_archive where chain_position = 7")
				.query(Long.class)
				.single();
			db.jdbc.sql("update audit_event_archive set actor = 'someone else' where id = ?").param(archived).update();
			ChainCheck tampered = node.verifier().verify();
			assertThat(tampered.firstBroken().id()).isEqualTo(archived);
			assertThat(tampered.firstBroken().reason()).isEqualTo(Reason.HASH);
		}
	}

	@Test
	void anArchivePeriodUnderSixMonthsIsRefused() {
		assertThatThrownBy(() -> new AuditProperties(null, "-", "-", "-", Duration.ofDays(179)))
			.hasMessageContaining("at least 180 days");
		assertThat(new AuditProperties(null, "-", "-", "-", null).archiveAfter()).isEqualTo(Duration.ofDays(365));
	}

}
