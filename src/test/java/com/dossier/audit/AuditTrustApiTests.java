package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain of the whole application, over HTTP: the verification endpoint
 * (administrators only), concurrent writers through the real event path, the request id
 * from the header to the audit row, the audit page's chain state, anchors, and readiness.
 */
@HttpTest
class AuditTrustApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditProperties properties;

	@Autowired
	HealthContributorRegistry health;

	@Test
	void concurrentWritersKeepTheApplicationsChainValid() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			done.add(threads.submit(() -> {
				for (int i = 0; i < 20; i++) {
					transaction.executeWithoutResult(s -> events
						.publishEvent(AuditEvent.byActor("chain.test", AuditEvent.Outcome.SUCCESS, "writer", "x")));
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		threads.shutdown();
		WebClient admin = new WebClient(port).basic(data.account(Role.ADMIN), TestData.PASSWORD);
		var response = admin.get("/api/v1/admin/audit/verification");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"valid\":true", "\"firstBroken\":null");
		long total = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		assertThat(total).isGreaterThanOrEqualTo(80);
	}

	@Test
	void onlyAdministratorsVerify() {
		assertThat(new WebClient(port).get("/api/v1/admin/audit/verification").statusCode()).isEqualTo(401);
		WebClient clerk = new WebClient(port).basic(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerk.get("/api/v1/admin/audit/verification").statusCode()).isEqualTo(403);
		assertThat(clerk.json("POST", "/api/v1/admin/audit/anchor", "{}").statusCode()).isEqualTo(403);
	}

	@Test
	void theRequestIdGoesFromTheHeaderToTheAuditRowAndBack() {
		String admin = data.account(Role.ADMIN);
		var client = new WebClient(port).basic(admin, TestData.PASSWORD);
		var anchored = client.raw("POST", "/api/v1/admin/audit/anchor", "application/json", "{}".getBytes(),
				Map.of("X-Request-Id", "req-21.abc_DEF"));
		assertThat(anchored.statusCode()).isEqualTo(200);
		assertThat(anchored.headers().firstValue("X-Request-Id")).hasValue("req-21.abc_DEF");
		assertThat(jdbc
			.sql("select request_id from audit_event where action = 'audit.anchored' and actor = ?"
					+ " order by id desc limit 1")
			.param(admin)
			.query(String.class)
			.single()).isEqualTo("req-21.abc_DEF");

		var forged = client.raw("POST", "/api/v1/admin/audit/anchor", "application/json", "{}".getBytes(),
				Map.of("X-Request-Id", "<script>alert(1)</script>"));
		String generated = forged.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(generated).matches("[0-9a-f-]{36}");
		assertThat(jdbc
			.sql("select request_id from audit_event where action = 'audit.anchored' and actor = ?"
					+ " order by id desc limit 1")
			.param(admin)
			.query(String.class)
			.single()).isEqualTo(generated);
	}

	@Test
	void anAnchorGoesToTheFileAndThePageShowsTheLastVerification() throws Exception {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		admin.get("/admin/audit");
		var anchored = admin.postForm("/admin/audit/anchor", Map.of());
		assertThat(anchored.statusCode()).isEqualTo(302);
		assertThat(Files.readString(properties.anchorFile())).contains("anchor ");
		admin.get("/admin/audit");
		assertThat(admin.postForm("/admin/audit/verify", Map.of()).statusCode()).isEqualTo(302);
		String page = admin.get("/admin/audit").body();
		assertThat(page).contains("id=\"audit-chain\"", "未发现篡改", "chain-valid");
		String english = new WebClient(port).language("en")
			.basic(data.account(Role.ADMIN), TestData.PASSWORD)
			.get("/admin/audit?lang=en")
			.body();
		assertThat(english).contains("Tamper-evident chain");
	}

	@Test
	void readinessIsDownWhileTheDatabaseOrTheBlobStoreIsUnreachable() {
		WebClient anyone = new WebClient(port);
		assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(anyone.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		DriverManagerDataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none");
		swap("db", new DataSourceHealthIndicator(unreachable, "select 1"), () -> {
			assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(anyone.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		});
		HealthIndicator gone = () -> Health.down().build();
		swap("blobStore", gone, () -> assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(503));
		assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private void swap(String name, HealthContributor replacement, Runnable check) {
		HealthContributor original = health.unregisterContributor(name);
		assertThat(original).as(name).isNotNull();
		health.registerContributor(name, replacement);
		try {
			check.run();
		}
		finally {
			health.unregisterContributor(name);
			health.registerContributor(name, original);
		}
	}

}
