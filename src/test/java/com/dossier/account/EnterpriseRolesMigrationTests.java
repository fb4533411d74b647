package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.time.ZoneOffset;

import com.dossier.support.TestData;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V65 on a database with accounts: every enterprise account becomes its enterprise's
 * 证书管理员 with every permission (nobody loses what they could do), the other roles get
 * neither. On H2, and on PostgreSQL when the suite runs there.
 */
class EnterpriseRolesMigrationTests {

	private static final String POSTGRES = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void existingEnterpriseAccountsBecomeCertificateAdministratorsWithEveryPermission(String database) {
		assumeThat(database.equals("h2") || POSTGRES.startsWith("jdbc:postgresql:")).as("PostgreSQL configured")
			.isTrue();
		String schema = "roles_" + TestData.unique().toLowerCase();
		var dataSource = database.equals("h2")
				? new SingleConnectionDataSource("jdbc:h2:mem:" + schema + LoginThrottleTests.H2, "sa", "", true)
				: new SingleConnectionDataSource(
						POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
						System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""), true);
		try {
			migrate(dataSource, schema, lastBeforeV65(dataSource));
			JdbcClient jdbc = JdbcClient.create(dataSource);
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql(
					"""
							insert into enterprise (credit_code, name, region, foreign_invested, version, created_at, updated_at)
							values ('91310000MA1FL0001R', '迁移测试企业', 'LOCAL', false, 0, ?, ?)""")
				.params(now, now)
				.update();
			long enterprise = jdbc.sql("select id from enterprise").query(Long.class).single();
			account(jdbc, "old-ent", "ENTERPRISE", enterprise, now);
			account(jdbc, "old-clerk", "CLERK", null, now);

			migrate(dataSource, schema, "latest");

			assertThat(jdbc.sql("""
					select username || ' ' || coalesce(enterprise_role, '-') || ' ' || permissions || ' '
					       || case when must_change_password then 'must' else 'free' end
					from account order by username""").query(String.class).list()).containsExactly("old-clerk -  free",
					"old-ent CERTIFICATE_ADMIN MANAGE_USERS,EDIT,FILE,PRINT free");
		}
		finally {
			dataSource.destroy();
		}
	}

	private static void account(JdbcClient jdbc, String username, String role, Long enterprise, OffsetDateTime now) {
		jdbc.sql("""
				insert into account (username, username_key, password_hash, role, enterprise_id, enabled, created_at,
				                     version)
				values (?, ?, '{noop}x', ?, ?, true, ?, 0)""")
			.params(username, username, role, enterprise, now)
			.update();
	}

	/** Whatever other branches number below 65, the last of them. */
	private static String lastBeforeV65(SingleConnectionDataSource dataSource) {
		return Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(v -> !v.isAtLeast("65"))
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

}
