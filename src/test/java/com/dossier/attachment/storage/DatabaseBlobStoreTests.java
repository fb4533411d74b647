package com.dossier.attachment.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real migrations: an in-memory H2 in PostgreSQL mode, or PostgreSQL when
 * SPRING_DATASOURCE_URL names one (as CI does). It needs no application context, only the
 * schema (bytea, on conflict do nothing).
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
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		store = new DatabaseBlobStore(jdbc, postgres, java.time.Clock.systemUTC());
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

	/**
	 * Two enterprises uploading the same file at once: found by the burst in
	 * HostilePdfTests (a 500 on H2).
	 */
	@Test
	void concurrentStoresOfTheSameContentAllSucceed() throws Exception {
		int writers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			for (int round = 0; round < 30; round++) {
				byte[] content = ("same " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
				CyclicBarrier start = new CyclicBarrier(writers);
				List<Future<BlobId>> puts = new ArrayList<>();
				for (int i = 0; i < writers; i++) {
					puts.add(pool.submit(() -> {
						start.await();
						return store.put(content.clone());
					}));
				}
				for (Future<BlobId> put : puts) {
					assertThat(put.get(30, TimeUnit.SECONDS)).isEqualTo(BlobId.of(content));
				}
				assertThat(store.get(BlobId.of(content)))
					.hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
			}
		}
		finally {
			pool.shutdownNow();
		}
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
