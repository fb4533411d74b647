package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.time.temporal.ChronoUnit;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in page view writes the session's last access time at most once a minute
 * (issue 8).
 */
@HttpTest
class SessionTouchTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFreshlyTouchedSessionIsNotWrittenAgainButAStaleOneIs() {
		WebClient browser = new WebClient(port);
		String username = data.operator().username();
		browser.login(username, TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		long touched = lastAccess(username);

		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		assertThat(lastAccess(username)).as("written again within a minute").isEqualTo(touched);

		long twoMinutesAgo = Instant.now().minus(2, ChronoUnit.MINUTES).toEpochMilli();
		jdbc.sql("update spring_session set last_access_time = ? where principal_name = ?")
			.params(twoMinutesAgo, username)
			.update();
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		assertThat(lastAccess(username)).as("a stale time is renewed").isGreaterThan(twoMinutesAgo + 60_000);
	}

	@Test
	void signingOutStillEndsTheSession() {
		WebClient browser = new WebClient(port);
		String username = data.operator().username();
		browser.login(username, TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		browser.postForm("/logout", Map.of());
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single()).isZero();
		assertThat(WebClient.location(browser.get("/handbook"))).contains("/login");
	}

	private long lastAccess(String username) {
		return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
