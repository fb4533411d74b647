package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;

import com.dossier.shared.Sql;
import com.dossier.support.TestData;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V58 and V59 on a database that has what they must repair: user names that differ only
 * in case, and the lock and failure counts of V1. On H2, and on PostgreSQL (a schema of
 * its own) when the suite runs there. One connection throughout, as a pool would keep it:
 * H2 evaluates V1's check constraints with the session that created them.
 */
class AccountMigrationTests {

	private static final String POSTGRES = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void namesThatDifferOnlyInCaseAreRenamedAndTheLocksBecomeThrottles(String database) {
		assumeThat(database.equals("h2") || POSTGRES.startsWith("jdbc:postgresql:")).as("PostgreSQL configured")
			.isTrue();
		String schema = "migration_" + TestData.unique().toLowerCase();
		var dataSource = database.equals("h2")
				? new SingleConnectionDataSource("jdbc:h2:mem:" + schema + LoginThrottleTests.H2, "sa", "", true)
				: new SingleConnectionDataSource(
						POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
						System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), true);
		try {
			migrate(dataSource, schema, lastBeforeV58(dataSource));
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			long original = account(jdbc, "Demo-Admin", 0, null);
			long upper = account(jdbc, "DEMO-ADMIN", 0, null);
			long lower = account(jdbc, "demo-admin", 3, null);
			account(jdbc, "Locked-One", 0, now.plusSeconds(600));
			account(jdbc, "counting", 2, null);
			jdbc.sql("""
					insert into spring_session (primary_id, session_id, creation_time, last_access_time,
					                            max_inactive_interval, expiry_time, principal_name)
					values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 0, 0,
					        1800, 9999999999999, 'DEMO-ADMIN')""").update();

			migrate(dataSource, schema, "latest");

			assertThat(username(jdbc, original)).isEqualTo("Demo-Admin");
			assertThat(username(jdbc, upper)).isEqualTo("DEMO-ADMIN~" + upper);
			assertThat(username(jdbc, lower)).isEqualTo("demo-admin~" + lower);
			assertThat(jdbc.sql("select username_key from account where id = ?")
				.param(original)
				.query(String.class)
				.single()).isEqualTo("demo-admin");
			assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select detail from audit_event where action = 'account.renamed' order by target")
				.query(String.class)
				.list()).hasSize(2).allMatch(d -> d.contains("-> ") && d.contains("~"));
			assertThat(jdbc.sql("select throttle_key || ' ' || failures from login_throttle order by throttle_key")
				.query(String.class)
				.list())
				.containsExactly("account:counting 2", "account:demo-admin~" + lower + " 3", "account:locked-one 5");
			assertThat(jdbc.sql("select blocked_until from login_throttle where throttle_key = 'account:locked-one'")
				.query((rs, n) -> Sql.instant(rs, "blocked_until"))
				.single()).isEqualTo(now.plusSeconds(600));
		}
		finally {
			if (!database.equals("h2")) {
				JdbcClient.create(dataSource).sql("drop schema " + schema + " cascade").update();
			}
			dataSource.destroy();
		}
	}

	/** Whatever other migrations precede V58 when the branches are merged. */
	private static String lastBeforeV58(SingleConnectionDataSource dataSource) {
		return Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> v.isAtLeast("1") && !v.isAtLeast("58"))
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.getVersion();
	}

	private static void migrate(SingleConnectionDataSource dataSource, String schema, String target) {
		var configuration = Flyway.configure().dataSource(dataSource).target(target);
		if (dataSource.getUrl().startsWith("jdbc:postgresql:")) {
			configuration.schemas(schema);
		}
		configuration.load().migrate();
	}

	private static long account(JdbcClient jdbc, String username, int failures, Instant lockedUntil) {
		jdbc.sql("""
				insert into account (username, password_hash, role, enabled, failed_attempts, locked_until, created_at,
				                     version)
				values (?, '{noop}x', 'CLERK', true, ?, ?, ?, 0)""")
			.params(username, failures, Sql.ts(lockedUntil), Sql.ts(Instant.now()))
			.update();
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	private static String username(JdbcClient jdbc, long id) {
		return jdbc.sql("select username from account where id = ?").param(id).query(String.class).single();
	}

}
