package com.dossier.attachment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real migrations: an in-memory H2 in PostgreSQL mode, or PostgreSQL when SPRING_DATASOURCE_URL
 * names one (as CI does). It needs no application context, only the schema (bytea, on conflict do nothing).
 */
class DatabaseBlobStoreTests {

	static JdbcClient jdbc;

	static BlobStore store;

	@BeforeAll
	static void migrate() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
		DataSource dataSource = postgres
				? new DriverManagerDataSource(url, envOr("SPRING_DATASOURCE_USERNAME", "postgres"),
						envOr("SPRING_DATASOURCE_PASSWORD", ""))
				: new DriverManagerDataSource("jdbc:h2:mem:blobs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		store = new DatabaseBlobStore(jdbc, postgres);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	@Test
	void storesTheSameContentOnceAndReadsItBack() {
		byte[] content = ("scan " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

		BlobId first = store.put(content);
		BlobId second = store.put(content.clone());

		assertThat(second).isEqualTo(first);
		assertThat(store.get(first)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
		assertThat(jdbc.sql("select count(*) from attachment_blob where sha256 = ?")
			.param(first.sha256())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void keepsEveryByteOfBinaryContent() {
		byte[] content = new byte[300_000];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i * 31 + 7);
		}
		content[0] = (byte) UUID.randomUUID().hashCode();

		BlobId id = store.put(content);

		assertThat(store.get(id)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
	}

	@Test
	void deletesAndAnswersEmptyForUnknownContent() {
		BlobId id = store.put(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

		store.delete(id);

		assertThat(store.contains(id)).isFalse();
		assertThat(store.get(id)).isEmpty();
	}
}
