package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HttpTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRoleLandsOnItsOwnHome() {
		assertThat(WebClient.location(new WebClient(port).login(data.operator().username(), TestData.PASSWORD)))
			.isEqualTo("/handbook");
		assertThat(WebClient.location(new WebClient(port).login(data.account(Role.CLERK), TestData.PASSWORD)))
			.isEqualTo("/clerk");
		assertThat(WebClient.location(new WebClient(port).login(data.account(Role.ADMIN), TestData.PASSWORD)))
			.isEqualTo("/admin");
		assertThat(WebClient.location(new WebClient(port).login(data.account(Role.REVIEWER), TestData.PASSWORD)))
			.isEqualTo("/review");
	}

	@Test
	void aWrongPasswordSaysSoInTheUsersLanguage() {
		WebClient browser = new WebClient(port);
		HttpResponse<String> response = browser.login(data.account(Role.CLERK), "wrong-password");
		assertThat(WebClient.location(response)).isEqualTo("/login?error=bad");
		assertThat(browser.get("/login?error=bad").body()).contains("用户名或密码错误");
		assertThat(new WebClient(port).language("en").get("/login?error=bad").body())
			.contains("Wrong username or password");
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesForFormsAndApiAlike() {
		String clerk = data.account(Role.CLERK);
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			new WebClient(port).login(clerk, "wrong-password-" + i);
		}
		HttpResponse<String> withRightPassword = new WebClient(port).login(clerk, TestData.PASSWORD);
		assertThat(WebClient.location(withRightPassword)).isEqualTo("/login?error=locked");
		assertThat(new WebClient(port).get("/login?error=locked").body()).contains("锁定 15 分钟");

		HttpResponse<String> api = new WebClient(port).basic(clerk, TestData.PASSWORD).json("GET", "/api/v1/enterprise", null);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.body()).contains("\"code\":\"auth.locked\"");

		var lockedUntil = jdbc.sql("select locked_until from account where username = ?").param(clerk)
			.query(java.time.OffsetDateTime.class).single();
		assertThat(lockedUntil.toInstant()).isBetween(java.time.Instant.now().plusSeconds(14 * 60),
				java.time.Instant.now().plusSeconds(15 * 60 + 5));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.locked' and actor = ?")
			.param(clerk).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void apiFailuresCountTowardTheLockToo() {
		String clerk = data.account(Role.CLERK);
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			assertThat(new WebClient(port).basic(clerk, "nope-" + i).json("GET", "/api/v1/enterprise", null).body())
				.contains("auth.bad_credentials");
		}
		assertThat(WebClient.location(new WebClient(port).login(clerk, TestData.PASSWORD)))
			.isEqualTo("/login?error=locked");
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() {
		String clerk = data.account(Role.CLERK);
		for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
			new WebClient(port).login(clerk, "wrong-" + i);
		}
		assertThat(WebClient.location(new WebClient(port).login(clerk, TestData.PASSWORD))).isEqualTo("/clerk");
		new WebClient(port).login(clerk, "wrong-again");
		assertThat(WebClient.location(new WebClient(port).login(clerk, TestData.PASSWORD))).isEqualTo("/clerk");
	}

	@Test
	void signInGivesANewSessionIdAndLogoutEndsTheSession() {
		WebClient browser = new WebClient(port);
		browser.get("/handbook");
		String before = browser.cookie("SESSION");
		browser.login(data.operator().username(), TestData.PASSWORD);
		String after = browser.cookie("SESSION");
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);

		browser.get("/handbook");
		assertThat(WebClient.location(browser.postForm("/logout", java.util.Map.of()))).isEqualTo("/?logout");
		assertThat(WebClient.location(browser.get("/handbook"))).endsWith("/login");
	}

	@Test
	void sessionsExpireAfterThirtyIdleMinutes() {
		var op = data.operator();
		new WebClient(port).login(op.username(), TestData.PASSWORD);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(op.username()).query(Integer.class).single()).isEqualTo(30 * 60);
	}

	@Test
	void httpBasicCarriesNoSession() {
		HttpResponse<String> response = new WebClient(port).basic(data.operator().username(), TestData.PASSWORD)
			.json("GET", "/api/v1/enterprise", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
	}
}
