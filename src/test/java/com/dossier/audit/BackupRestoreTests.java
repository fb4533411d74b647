package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.DossierApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * docs/operations.md's backup and restore, run as written: a database populated by the
 * demo (records, scans, applications, audit entries) is dumped with {@code pg_dump -Fc},
 * restored with {@code pg_restore} into a fresh database, and the application started on
 * it finds every row, every attachment's bytes (by SHA-256) and a valid audit chain.
 * PostgreSQL only (the suite's, when it runs there): on H2 it is skipped, saying why.
 */
class BackupRestoreTests {

	private static final String URL = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");

	private static final List<String> TABLES = List.of("enterprise", "account", "handbook_record",
			"handbook_record_version", "attachment", "attachment_blob", "verification_application", "verification_item",
			"audit_event", "audit_chain_head");

	@TempDir
	Path temp;

	@Test
	void aDumpRestoresIntoAWorkingPortal() throws Exception {
		assumeThat(URL.startsWith("jdbc:postgresql:"))
			.as("the backup/restore round trip needs PostgreSQL (SPRING_DATASOURCE_URL) and pg_dump")
			.isTrue();
		String server = URL.replaceFirst("/[^/?]*(\\?.*)?$", "");
		String source = "dossier_backup_" + ProcessHandle.current().pid();
		String restored = source + "_restored";
		psql("drop database if exists " + source, "drop database if exists " + restored, "create database " + source,
				"create database " + restored);
		try {
			Map<String, Long> before;
			try (var app = start(server + "/" + source, true)) {
				before = counts(app);
				assertThat(app.getBean(ChainVerifier.class).verify().valid()).isTrue();
			}
			Path dump = temp.resolve("dossier.dump");
			run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-d", source, "-Fc", "-f", dump.toString());
			run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", restored, "--no-owner", "--exit-on-error",
					dump.toString());
			try (var app = start(server + "/" + restored, false)) {
				assertThat(counts(app)).isEqualTo(before);
				assertThat(before.get("attachment")).isPositive();
				assertThat(before.get("verification_application")).isPositive();
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				jdbc.sql("select a.sha256, b.content from attachment a join attachment_blob b on b.sha256 = a.sha256")
					.query((rs, n) -> {
						assertThat(sha256(rs.getBytes("content"))).isEqualTo(rs.getString("sha256"));
						return null;
					})
					.list();
				ChainCheck chain = app.getBean(ChainVerifier.class).verify();
				assertThat(chain.valid()).as(String.valueOf(chain.firstBroken())).isTrue();
				assertThat(chain.checked()).isEqualTo(before.get("audit_event"));
			}
		}
		finally {
			psql("drop database if exists " + source, "drop database if exists " + restored);
		}
	}

	private static ConfigurableApplicationContext start(String url, boolean demo) {
		// arguments, as an operator would start it: they outrank the environment and the
		// files
		return new SpringApplicationBuilder(DossierApplication.class).profiles("postgres")
			.run("--spring.datasource.url=" + url, "--server.port=0", "--dossier.demo-data=" + demo,
					"--dossier.audit.anchor-file=", "--spring.main.banner-mode=off");
	}

	private static Map<String, Long> counts(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private void psql(String... statements) throws IOException, InterruptedException {
		for (String statement : statements) {
			run("psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", statement);
		}
	}

	private void run(String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(temp, "command", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		assertThat(exit).as(String.join(" ", command) + ": " + Files.readString(log)).isZero();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
