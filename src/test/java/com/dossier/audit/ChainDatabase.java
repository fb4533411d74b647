package com.dossier.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.dossier.shared.AdministrationTime;
import com.dossier.support.TestData;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database of one test's own, migrated like the application's (H2 in memory, or a
 * schema of its own on the suite's PostgreSQL), so that a test can tamper with its audit
 * log without breaking the shared one. Each {@link #node} is the audit module wired by
 * hand over a pool of its own: two of them are two application nodes on one database.
 */
final class ChainDatabase implements AutoCloseable {

	static final String POSTGRES = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");

	private static final String H2 = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private final String kind;

	private final String schema = "chain_" + TestData.unique().toLowerCase();

	private final List<HikariDataSource> pools = new ArrayList<>();

	final JdbcClient jdbc;

	/** {@code kind}: "h2" or "postgresql". */
	ChainDatabase(String kind, String target) {
		this.kind = kind;
		HikariDataSource admin = pool();
		var flyway = Flyway.configure().dataSource(admin).target(target);
		if (kind.equals("postgresql")) {
			flyway.schemas(schema);
		}
		flyway.load().migrate();
		this.jdbc = JdbcClient.create(admin);
	}

	static boolean available(String kind) {
		return kind.equals("h2") || POSTGRES.startsWith("jdbc:postgresql:");
	}

	void migrate() {
		var flyway = Flyway.configure().dataSource(pools.get(0));
		if (kind.equals("postgresql")) {
			flyway.schemas(schema);
		}
		flyway.load().migrate();
	}

	HikariDataSource pool() {
		HikariDataSource pool = new HikariDataSource();
		if (kind.equals("h2")) {
			pool.setJdbcUrl("jdbc:h2:mem:" + schema + H2);
			pool.setUsername("sa");
		}
		else {
			pool.setJdbcUrl(POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			pool.setUsername(System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
			pool.setPassword(System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
		}
		pool.setMaximumPoolSize(4);
		pools.add(pool);
		return pool;
	}

	/** One application node's audit module, on a pool of its own. */
	Node node(Clock clock, Path anchorFile, Duration archiveAfter) {
		HikariDataSource pool = pool();
		JdbcClient client = JdbcClient.create(pool);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
		AuditProperties properties = new AuditProperties(anchorFile, "-", "-", "-", archiveAfter);
		ChainRepository chain = new ChainRepository(client);
		AuditLog log = new AuditLog(
				new AuditRepository(client, new AdministrationTime(AdministrationTime.DEFAULT_ZONE, clock)),
				new AuditChain(chain, transaction, clock), clock);
		AnchorFile anchors = new AnchorFile(properties);
		AuditArchive archive = new AuditArchive(client, chain, transaction, clock, properties);
		ChainVerifier verifier = new ChainVerifier(chain, anchors, clock);
		AuditTrust trust = new AuditTrust(verifier, new VerificationRepository(client), chain, anchors, archive, log,
				clock);
		return new Node(log, verifier, trust, transaction, client);
	}

	Node node(Clock clock) {
		return node(clock, null, Duration.ofDays(365));
	}

	record Node(AuditLog log, ChainVerifier verifier, AuditTrust trust, TransactionTemplate transaction,
			JdbcClient jdbc) {
	}

	@Override
	public void close() {
		if (kind.equals("postgresql")) {
			jdbc.sql("drop schema " + schema + " cascade").update();
		}
		else {
			jdbc.sql("drop all objects").update();
		}
		pools.forEach(HikariDataSource::close);
	}

}
