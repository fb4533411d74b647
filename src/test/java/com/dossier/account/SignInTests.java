package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.dossier.support.AddressedClient;
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
	void fiveFailuresThrottleTheUserNameForFormsAndApiAlike() {
		String clerk = data.account(Role.CLERK);
		String address = AddressedClient.newAddress();
		for (int i = 0; i < LoginThrottle.ACCOUNT.free(); i++) {
			new AddressedClient(port, address).login(clerk, "wrong-password-" + i);
		}
		var withRightPassword = new AddressedClient(port, address).login(clerk, TestData.PASSWORD);
		assertThat(withRightPassword.location()).isEqualTo("/login?error=throttled&wait=1");
		assertThat(new WebClient(port).get("/login?error=throttled&wait=1").body()).contains("请 1 分钟后再试");

		var api = new AddressedClient(port, AddressedClient.newAddress()).basic("/api/v1/enterprise", clerk,
				TestData.PASSWORD);
		assertThat(api.status()).isEqualTo(401);
		assertThat(api.body()).contains("\"code\":\"auth.throttled\"");
		assertThat(Integer.parseInt(api.header("Retry-After"))).isBetween(1, 60);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'login.throttled' and actor = ?")
			.param(clerk)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void apiFailuresCountTowardTheThrottleToo() {
		String clerk = data.account(Role.CLERK);
		String address = AddressedClient.newAddress();
		for (int i = 0; i < LoginThrottle.ACCOUNT.free(); i++) {
			assertThat(new AddressedClient(port, address).basic("/api/v1/enterprise", clerk, "nope-" + i).body())
				.contains("auth.bad_credentials");
		}
		assertThat(new AddressedClient(port, address).login(clerk, TestData.PASSWORD).location())
			.startsWith("/login?error=throttled");
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() {
		String clerk = data.account(Role.CLERK);
		String address = AddressedClient.newAddress();
		for (int i = 0; i < LoginThrottle.ACCOUNT.free() - 1; i++) {
			new AddressedClient(port, address).login(clerk, "wrong-" + i);
		}
		assertThat(new AddressedClient(port, address).login(clerk, TestData.PASSWORD).location()).isEqualTo("/clerk");
		for (int i = 0; i < LoginThrottle.ACCOUNT.free() - 1; i++) {
			new AddressedClient(port, address).login(clerk, "wrong-again-" + i);
		}
		assertThat(new AddressedClient(port, address).login(clerk, TestData.PASSWORD).location()).isEqualTo("/clerk");
	}

	@Test
	void theRecoveryCommandOfTheReadmeLetsAnAdministratorInAtANewAddress() {
		String admin = data.account(Role.ADMIN);
		String attacker = AddressedClient.newAddress();
		for (int i = 0; i < LoginThrottle.ACCOUNT.free(); i++) {
			new AddressedClient(port, attacker).login(admin, "guess-" + i);
		}
		String laptop = AddressedClient.newAddress();
		assertThat(new AddressedClient(port, laptop).login(admin, TestData.PASSWORD).location())
			.startsWith("/login?error=throttled");

		String key = "pair:" + admin + " " + laptop;
		jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
		jdbc.sql("""
				insert into login_throttle (throttle_key, username, failures, signed_in_at)
				values (?, ?, 0, current_timestamp)""").params(key, admin).update();

		assertThat(new AddressedClient(port, laptop).login(admin, TestData.PASSWORD).location()).isEqualTo("/admin");
		assertThat(new AddressedClient(port, attacker).login(admin, TestData.PASSWORD).location())
			.startsWith("/login?error=throttled");
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
			.param(op.username())
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
	}

	@Test
	void httpBasicCarriesNoSession() {
		HttpResponse<String> response = new WebClient(port).basic(data.operator().username(), TestData.PASSWORD)
			.json("GET", "/api/v1/enterprise", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
	}

}
