package com.dossier.attachment.storage;

import java.util.List;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V56 on a database that already holds attachments with sequential ids (their names from
 * before the fix are corrected where they are served, see ContentResponse).
 */
class RandomAttachmentIdsTests {

	@Test
	void existingAttachmentsGetRandomIdsAndTheSequenceIsGone() {
		DataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:v56;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;" + "DEFAULT_NULL_ORDERING=HIGH", "sa", "",
				true);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		flyway(dataSource, "55?").migrate(); // everything before V56, whoever wrote it
		jdbc.sql("""
				insert into enterprise (credit_code, name, region, foreign_invested, address, legal_representative,
				    registered_capital, established_on, version, created_at, updated_at)
				values ('91310000TESTV56X1', 'V56', 'LOCAL', false, 'a', 'b', 1, date '2010-01-01', 1,
				    current_timestamp, current_timestamp)""").update();
		long enterprise = jdbc.sql("select id from enterprise").query(Long.class).single();
		jdbc.sql(
				"""
						insert into handbook_record (enterprise_id, section, level, status, version, data, deleted, created_by,
						    created_at, updated_by, updated_at)
						values (?, 'equipment', 'D', 'DRAFT', 1, '{}', false, 'x', current_timestamp, 'x', current_timestamp)""")
			.param(enterprise)
			.update();
		long record = jdbc.sql("select id from handbook_record").query(Long.class).single();
		jdbc.sql(
				"insert into attachment_blob (sha256, size_bytes, content, created_at) values (?, 1, ?, current_timestamp)")
			.params("a".repeat(64), new byte[] { 1 })
			.update();
		for (String name : List.of("invoice.hta", "发票\u202Egpj.html", "报告.pdf")) {
			jdbc.sql("""
					insert into attachment (record_id, enterprise_id, kind, sha256, file_name, size_bytes, content_type,
					    facts, warnings, uploaded_by, uploaded_at)
					values (?, ?, 'invoice', ?, ?, 1, ?, '{}', '[]', 'x', current_timestamp)""")
				.params(record, enterprise, "a".repeat(64), name,
						name.endsWith(".pdf") ? "application/pdf" : "image/jpeg")
				.update();
		}
		jdbc.sql(
				"""
						insert into attachment_conversion (record_id, enterprise_id, kind, sha256, file_name, refusal_code,
						    created_by, created_at) values (?, ?, 'invoice', ?, 'photo.png', 'image.not_jpeg', 'x', current_timestamp)""")
			.params(record, enterprise, "a".repeat(64))
			.update();

		flyway(dataSource, null).migrate();

		assertThat(jdbc.sql("select id from attachment").query(Long.class).list()).hasSize(3)
			.allSatisfy(id -> assertThat(id).isBetween(RandomIds.MIN, 2 * RandomIds.MIN - 1));
		assertThat(jdbc.sql("select id from attachment_conversion").query(Long.class).single()).isBetween(RandomIds.MIN,
				2 * RandomIds.MIN - 1);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into attachment (record_id, enterprise_id, kind, sha256, file_name, size_bytes, content_type,
				    facts, warnings, uploaded_by, uploaded_at)
				values (?, ?, 'invoice', ?, 'x.jpg', 1, 'image/jpeg', '{}', '[]', 'x', current_timestamp)""")
			.params(record, enterprise, "a".repeat(64))
			.update()).as("no id without RandomIds").isInstanceOf(DataAccessException.class);
	}

	private static Flyway flyway(DataSource dataSource, String target) {
		var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		return (target == null ? configuration : configuration.target(target)).load();
	}

}
