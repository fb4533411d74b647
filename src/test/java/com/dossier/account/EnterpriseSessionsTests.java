package com.dossier.account;

import static com.dossier.account.EnterpriseMembers.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What 用户管理 does to sign-ins: a password someone else set must be changed first, changing
 * one's own ends the other sessions, disabling ends them all, a reset too.
 */
@HttpTest
class EnterpriseSessionsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void theFirstSignInLeadsToChangingThePasswordAndNothingElseIsReachableUntilThen() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.created(port, manager, "OPERATOR", null);
		WebClient browser = new WebClient(port);
		assertThat(WebClient.location(browser.login(member.username(), EnterpriseMembers.INITIAL)))
			.isEqualTo("/account/password");
		assertThat(WebClient.location(browser.get("/handbook"))).isEqualTo("/account/password");
		assertThat(WebClient.location(browser.get("/contact"))).isEqualTo("/account/password");
		var api = browser.json("GET", "/api/v1/enterprise", null);
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(code(api.body())).isEqualTo("password.change_required");
		var basic = new WebClient(port).basic(member.username(), EnterpriseMembers.INITIAL)
			.json("GET", "/api/v1/sections", null);
		assertThat(basic.statusCode()).isEqualTo(403);
		assertThat(code(basic.body())).isEqualTo("password.change_required");

		String page = browser.get("/account/password").body();
		assertThat(page).contains("id=\"password-forced\"", "修改密码");
		var same = browser.postForm("/account/password",
				Map.of("current", EnterpriseMembers.INITIAL, "password", EnterpriseMembers.INITIAL));
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.body()).contains("新密码不能与当前密码相同").doesNotContain(EnterpriseMembers.INITIAL);
		var wrong = browser.postForm("/account/password",
				Map.of("current", "not-it-at-all", "password", "Fresh-Pass-2026"));
		assertThat(wrong.body()).contains("当前密码不正确");
		var changed = browser.postForm("/account/password",
				Map.of("current", EnterpriseMembers.INITIAL, "password", "Fresh-Pass-2026"));
		assertThat(WebClient.location(changed)).isEqualTo("/handbook");
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		assertThat(browser.json("GET", "/api/v1/enterprise", null).statusCode()).isEqualTo(200);
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() {
		var member = EnterpriseMembers.ready(port, data.operator().username(), "OPERATOR", null);
		WebClient here = new WebClient(port);
		WebClient elsewhere = new WebClient(port);
		here.login(member.username(), TestData.PASSWORD);
		elsewhere.login(member.username(), TestData.PASSWORD);
		assertThat(elsewhere.get("/handbook").statusCode()).isEqualTo(200);

		here.get("/account/password");
		var changed = here.postForm("/account/password",
				Map.of("current", TestData.PASSWORD, "password", "Newer-Pass-2026"));
		assertThat(WebClient.location(changed)).isEqualTo("/handbook");
		assertThat(here.get("/handbook").statusCode()).isEqualTo(200);
		assertThat(WebClient.location(elsewhere.get("/handbook"))).endsWith("/login");
		assertThat(WebClient.location(new WebClient(port).login(member.username(), "Newer-Pass-2026")))
			.isEqualTo("/handbook");

		// over the API (HTTP Basic has no session to keep): every session ends
		var api = new WebClient(port).basic(member.username(), "Newer-Pass-2026")
			.json("POST", "/api/v1/account/password",
					EnterpriseMembers.passwordChange("Newer-Pass-2026", "Newest-Pass-2026"));
		assertThat(api.statusCode()).isEqualTo(204);
		assertThat(WebClient.location(here.get("/handbook"))).endsWith("/login");
		var wrong = new WebClient(port).basic(member.username(), "Newest-Pass-2026")
			.json("POST", "/api/v1/account/password", EnterpriseMembers.passwordChange("nope-nope", "Other-Pass-2026"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(EnterpriseMembers.json(wrong.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("current");
	}

	@Test
	void disablingAnAccountEndsItsSessionsEverywhere() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.ready(port, manager, "OPERATOR", null);
		WebClient browser = new WebClient(port);
		browser.login(member.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);

		var disabled = EnterpriseMembers.api(port, manager)
			.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"enabled\":false}");
		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(WebClient.location(browser.get("/handbook"))).endsWith("/login");
		assertThat(EnterpriseMembers.api(port, member.username()).json("GET", "/api/v1/enterprise", null).statusCode())
			.isEqualTo(401);
		assertThat(WebClient.location(new WebClient(port).login(member.username(), TestData.PASSWORD)))
			.isEqualTo("/login?error=disabled");

		EnterpriseMembers.api(port, manager)
			.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"enabled\":true}");
		assertThat(WebClient.location(new WebClient(port).login(member.username(), TestData.PASSWORD)))
			.isEqualTo("/handbook");
	}

	@Test
	void aResetByTheManagerEndsTheSessionsAndMustBeChanged() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.ready(port, manager, "OPERATOR", null);
		WebClient browser = new WebClient(port);
		browser.login(member.username(), TestData.PASSWORD);
		var reset = EnterpriseMembers.api(port, manager)
			.json("POST", "/api/v1/enterprise/users/" + member.id() + "/password",
					"{\"password\":\"Reset-Pass-2026\"}");
		assertThat(reset.statusCode()).isEqualTo(204);
		assertThat(WebClient.location(browser.get("/handbook"))).endsWith("/login");
		assertThat(WebClient.location(new WebClient(port).login(member.username(), "Reset-Pass-2026")))
			.isEqualTo("/account/password");
	}

	@Test
	void narrowingAnAccountsPermissionsEndsItsSessionsSoTheyCannotOutliveTheChange() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.ready(port, manager, "OPERATOR", java.util.List.of("EDIT", "FILE", "PRINT"));
		WebClient browser = new WebClient(port);
		browser.login(member.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook/verification").statusCode()).isEqualTo(200);
		EnterpriseMembers.api(port, manager)
			.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"permissions\":[\"EDIT\",\"PRINT\"]}");
		assertThat(WebClient.location(browser.get("/handbook/verification"))).endsWith("/login");
		browser.login(member.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook/verification").statusCode()).isEqualTo(403);
	}

	@Test
	void everyRoleHasItsOwnPasswordPage() {
		for (var role : new com.dossier.shared.security.Role[] { com.dossier.shared.security.Role.CLERK,
				com.dossier.shared.security.Role.ADMIN, com.dossier.shared.security.Role.REVIEWER }) {
			String username = data.account(role);
			WebClient browser = new WebClient(port);
			browser.login(username, TestData.PASSWORD);
			String page = browser.get("/account/password").body();
			assertThat(page).as(role.name()).contains("id=\"own-password-form\"", "id=\"change-password\"");
			var changed = browser.postForm("/account/password",
					Map.of("current", TestData.PASSWORD, "password", "Role-Pass-2026"));
			assertThat(WebClient.location(changed)).as(role.name()).isEqualTo(role.home());
		}
		assertThat(WebClient.location(new WebClient(port).get("/account/password"))).endsWith("/login");
	}

}
