package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.dossier.DossierApplication;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;

/**
 * {@code dossier.session.store=redis} (issue 20): two nodes sharing a Redis are one
 * session store. Uses database 11 of the Redis on 127.0.0.1:6379 and flushes only that;
 * skipped where no Redis answers, except in CI ({@code .ci/run} starts one).
 */
class RedisSessionStoreTests {

	static final int DATABASE = 11;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void twoNodes() {
		boolean answers = redisAnswers();
		if (!answers && System.getenv("CI") != null) {
			throw new IllegalStateException("CI runs the Redis session tests: no Redis on 127.0.0.1:6379");
		}
		Assumptions.assumeTrue(answers, "no Redis on 127.0.0.1:6379");
		a = node();
		b = node();
		flush();
	}

	@AfterAll
	static void stop() {
		if (a != null) {
			flush();
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	@Test
	void theStoreIsRedisAndNoJdbcStoreIsConfigured() {
		assertThat(a.getBean(SessionRepository.class)).isInstanceOf(RedisIndexedSessionRepository.class);
		assertThat(a.getBeanNamesForType(org.springframework.session.jdbc.JdbcIndexedSessionRepository.class))
			.isEmpty();
	}

	@Test
	void aSignInOnOneNodeIsValidOnTheOtherAndStoredAsJson() throws Exception {
		String username = a.getBean(TestData.class).operator().username();
		WebClient onA = new WebClient(port(a));
		assertThat(WebClient.location(onA.login(username, TestData.PASSWORD))).doesNotContain("error");
		assertThat(onA.get("/handbook").statusCode()).isEqualTo(200);
		String session = onA.cookie("SESSION");

		HttpResponse<String> onB = get(port(b), "/api/v1/sections/equipment/records", session);
		assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
		assertThat(get(port(b), "/handbook", session).statusCode()).isEqualTo(200);
		assertThat(a.getBean(JdbcClient.class)
			.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single()).isZero();

		try (RedisConnection redis = a.getBean(RedisConnectionFactory.class).getConnection()) {
			String id = new String(java.util.Base64.getDecoder().decode(session), StandardCharsets.UTF_8);
			byte[] context = redis.hashCommands()
				.hGet(("spring:session:sessions:" + id).getBytes(StandardCharsets.UTF_8),
						"sessionAttr:SPRING_SECURITY_CONTEXT".getBytes(StandardCharsets.UTF_8));
			assertThat(new String(context, StandardCharsets.UTF_8)).startsWith("{\"kind\":\"context\"")
				.contains(username)
				.doesNotContain("bcrypt");
		}
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		String username = a.getBean(TestData.class).operator().username();
		WebClient onA = new WebClient(port(a));
		onA.login(username, TestData.PASSWORD);
		assertThat(onA.get("/handbook").statusCode()).isEqualTo(200);
		String session = onA.cookie("SESSION");
		onA.postForm("/logout", java.util.Map.of());
		assertThat(get(port(b), "/api/v1/sections/equipment/records", session).statusCode()).isEqualTo(401);
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(DossierApplication.class).run("--server.port=0",
				"--dossier.session.store=redis", "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=6379",
				"--spring.data.redis.database=" + DATABASE);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static HttpResponse<String> get(int port, String path, String session)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "SESSION=" + session)
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void flush() {
		try (RedisConnection redis = a.getBean(RedisConnectionFactory.class).getConnection()) {
			redis.serverCommands().flushDb(); // database 11 only: the connection's own
		}
	}

	private static boolean redisAnswers() {
		try (Socket socket = new Socket("127.0.0.1", 6379)) {
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

}
