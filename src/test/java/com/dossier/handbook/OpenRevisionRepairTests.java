package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V53 repairs data written before one open revision per record was enforced: of two open
 * revisions of a record it keeps the one filed in an application (else the most edited)
 * and closes the other, with a version in its history.
 */
class OpenRevisionRepairTests {

	@Test
	void duplicateOpenRevisionsAreClosedKeepingThePendingOne() {
		String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
		String schema = "repair_" + System.nanoTime();
		boolean postgres = url.startsWith("jdbc:postgresql:");
		// H2 keeps one connection: in 2.4.240 a check constraint fails once the session
		// that created it has closed
		DriverManagerDataSource db = postgres
				? new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
						System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))
				: new SingleConnectionDataSource(
						"jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
						"sa", "", true);
		JdbcClient jdbc = JdbcClient.create(db);
		try {
			repairs(db, jdbc, postgres ? schema : null);
		}
		finally {
			jdbc.sql(postgres ? "drop schema " + schema + " cascade" : "shutdown").update();
		}
	}

	private void repairs(DriverManagerDataSource db, JdbcClient jdbc, String schema) {
		flyway(db, schema).target("52").load().migrate();
		jdbc.sql(
				"insert into enterprise (id, credit_code, name, region, foreign_invested, created_at, updated_at, version)"
						+ " values (1, '91310000MA1FL0X03T', '修复测试企业', 'LOCAL', false, current_timestamp, current_timestamp, 1)")
			.update();
		long original = record(jdbc, "C", "VERIFIED", 1, null);
		long older = record(jdbc, "D", "DRAFT", 1, original);
		long filed = record(jdbc, "D", "PENDING", 2, original);
		long edited = record(jdbc, "D", "DRAFT", 5, original);

		flyway(db, schema).load().migrate();

		Map<Long, Boolean> deleted = new java.util.HashMap<>();
		jdbc.sql("select id, deleted from handbook_record where revision_of = ?")
			.param(original)
			.query((rs, n) -> deleted.put(rs.getLong(1), rs.getBoolean(2)))
			.list();
		assertThat(deleted).containsEntry(filed, false).containsEntry(older, true).containsEntry(edited, true);
		List<String> history = jdbc.sql("select change_kind from handbook_record_version where record_id = ?")
			.param(edited)
			.query(String.class)
			.list();
		assertThat(history).containsExactly("DELETED");
		assertThat(jdbc.sql("select open_revision_of from handbook_record where id = ?")
			.param(filed)
			.query(Long.class)
			.single()).isEqualTo(original);
	}

	/**
	 * On PostgreSQL the suite's database, in a schema of its own; on H2 a database in
	 * memory.
	 */
	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource db,
			String schema) {
		var config = Flyway.configure().dataSource(db);
		return schema == null ? config : config.schemas(schema);
	}

	private static long record(JdbcClient jdbc, String level, String status, int version, Long revisionOf) {
		jdbc.sql("""
				insert into handbook_record (enterprise_id, section, level, status, version, data, revision_of, deleted,
				  created_by, created_at, updated_by, updated_at)
				values (1, 'equipment', ?, ?, ?, '{}', ?, false, 't', current_timestamp, 't', current_timestamp)""")
			.params(level, status, version, revisionOf)
			.update();
		return jdbc.sql("select max(id) from handbook_record").query(Long.class).single();
	}

}
