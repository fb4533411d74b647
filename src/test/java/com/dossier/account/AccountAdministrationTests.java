package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@HttpTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	private WebClient admin() {
		WebClient browser = new WebClient(port);
		browser.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return browser;
	}

	private long idOf(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	private int versionOf(String username) {
		return jdbc.sql("select version from account where username = ?").param(username).query(Integer.class).single();
	}

	@Test
	void createsAnEnterpriseAccountThatCanSignIn() {
		var op = data.operator();
		WebClient admin = admin();
		admin.get("/admin/accounts/new");
		String username = "new-op-" + TestData.unique();
		var created = admin.postForm("/admin/accounts", Map.of("username", username, "role", "ENTERPRISE",
				"enterpriseCreditCode", op.creditCode(), "password", "Sturdy-Pass-77"));
		assertThat(WebClient.location(created)).startsWith("/admin/accounts/");
		assertThat(WebClient.location(new WebClient(port).login(username, "Sturdy-Pass-77"))).isEqualTo("/handbook");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.created' and detail like ?")
			.param(username + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesCommonPasswordsUnknownEnterprisesAndTakenNamesWithNothingSaved() {
		WebClient admin = admin();
		admin.get("/admin/accounts/new");
		String username = "bad-" + TestData.unique();
		var page = admin.postForm("/admin/accounts", Map.of("username", username, "role", "ENTERPRISE",
				"enterpriseCreditCode", TestData.creditCode(), "password", "password123"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("常见密码", "没有找到该统一社会信用代码对应的企业");
		assertThat(
				jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single())
			.isZero();
		admin.get("/admin/accounts/new");
		var taken = admin.postForm("/admin/accounts",
				Map.of("username", data.account(Role.CLERK), "role", "CLERK", "password", "Sturdy-Pass-77"));
		assertThat(taken.body()).contains("该用户名已被使用");
	}

	@Test
	void disablingAnAccountEndsItsSessionsEverywhere() {
		var op = data.operator();
		WebClient operator = new WebClient(port);
		operator.login(op.username(), TestData.PASSWORD);
		assertThat(operator.get("/handbook").statusCode()).isEqualTo(200);

		WebClient admin = admin();
		long id = idOf(op.username());
		admin.get("/admin/accounts/" + id);
		admin.postForm("/admin/accounts/" + id + "/enabled",
				Map.of("version", Integer.toString(versionOf(op.username())), "enabled", "false"));

		assertThat(WebClient.location(operator.get("/handbook"))).endsWith("/login");
		assertThat(WebClient.location(new WebClient(port).login(op.username(), TestData.PASSWORD)))
			.isEqualTo("/login?error=disabled");
		assertThat(new WebClient(port).basic(op.username(), TestData.PASSWORD)
			.json("GET", "/api/v1/enterprise", null)
			.body()).contains("auth.disabled");
		// only to someone who knows the password: to anyone else it is a wrong password,
		// as for an unknown name
		assertThat(WebClient.location(new WebClient(port).login(op.username(), "not-the-password")))
			.isEqualTo("/login?error=bad");
		assertThat(new WebClient(port).basic(op.username(), "not-the-password")
			.json("GET", "/api/v1/enterprise", null)
			.body()).contains("auth.bad_credentials");
	}

	@Test
	void resetPasswordAndLiftTheThrottle() {
		String clerk = data.account(Role.CLERK);
		for (int i = 0; i < LoginThrottle.ACCOUNT.free(); i++) {
			new WebClient(port).login(clerk, "wrong-" + i);
		}
		assertThat(WebClient.location(new WebClient(port).login(clerk, TestData.PASSWORD)))
			.startsWith("/login?error=throttled");
		WebClient admin = admin();
		long id = idOf(clerk);
		assertThat(admin.get("/admin/accounts/" + id).body()).contains("登录受限", "解除登录限制");
		assertThat(admin.get("/admin/accounts?q=" + clerk).body()).contains("登录受限");
		admin.postForm("/admin/accounts/" + id + "/unlock", Map.of());
		assertThat(WebClient.location(new WebClient(port).login(clerk, TestData.PASSWORD))).isEqualTo("/clerk");

		admin.get("/admin/accounts/" + id);
		var weak = admin.postForm("/admin/accounts/" + id + "/password",
				Map.of("version", Integer.toString(versionOf(clerk)), "password", "short"));
		assertThat(weak.body()).contains("密码至少需要 8 位");
		admin.get("/admin/accounts/" + id);
		admin.postForm("/admin/accounts/" + id + "/password",
				Map.of("version", Integer.toString(versionOf(clerk)), "password", "Another-Good-One-9"));
		// a password someone else set must be changed at the next sign-in (issue 18)
		assertThat(WebClient.location(new WebClient(port).login(clerk, "Another-Good-One-9")))
			.isEqualTo("/account/password");
	}

	@Test
	void reassigningARoleTakesEffectAtTheNextSignIn() {
		String reviewer = data.account(Role.REVIEWER);
		WebClient admin = admin();
		long id = idOf(reviewer);
		admin.get("/admin/accounts/" + id);
		admin.postForm("/admin/accounts/" + id + "/assign",
				Map.of("version", Integer.toString(versionOf(reviewer)), "role", "CLERK", "enterpriseCreditCode", ""));
		assertThat(WebClient.location(new WebClient(port).login(reviewer, TestData.PASSWORD))).isEqualTo("/clerk");
	}

}
