package com.dossier.account;

import static com.dossier.account.EnterpriseMembers.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.demo.DemoSamples;
import com.dossier.handbook.SectionCatalog;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Administrators still manage every account, enterprise role and permissions included;
 * history and the audit log name the person who acted.
 */
@HttpTest
class EnterpriseRolesAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	private WebClient admin() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return admin;
	}

	@Test
	void anAdministratorSetsAnEnterpriseAccountsRoleAndPermissions() {
		TestData.Operator op = data.operator();
		long id = jdbc.sql("select id from account where username = ?").param(op.username()).query(Long.class).single();
		WebClient admin = admin();
		String page = admin.get("/admin/accounts/" + id).body();
		assertThat(page).contains("id=\"account-enterprise-role\"", "证书管理员", "用户管理");
		int version = jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
		var saved = admin.postForm("/admin/accounts/" + id + "/assign",
				Map.of("version", Integer.toString(version), "role", "ENTERPRISE", "enterpriseCreditCode",
						op.creditCode(), "enterpriseRole", "OPERATOR", "permissions", "FILE", "_permissions", "on"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(jdbc.sql("select enterprise_role || ' ' || permissions from account where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("OPERATOR FILE");

		var refused = admin.postForm("/admin/accounts/" + id + "/assign",
				Map.of("version", Integer.toString(version + 1), "role", "ENTERPRISE", "enterpriseCreditCode",
						op.creditCode(), "enterpriseRole", "OPERATOR", "permissions", "MANAGE_USERS", "_permissions",
						"on"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("该角色不能拥有");
	}

	@Test
	void historyAndAuditNameThePersonWhoActed() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.ready(port, manager, "OPERATOR", null);
		String name = json(EnterpriseMembers.api(port, manager)
			.json("GET", "/api/v1/enterprise/users/" + member.id(), null)
			.body()).get("displayName").asString();
		var created = EnterpriseMembers.api(port, member.username())
			.json("POST", "/api/v1/sections/equipment/records", EnterpriseMembers.JSON.writeValueAsString(
					Map.of("data", DemoSamples.sample(new SectionCatalog().find("equipment").orElseThrow(), 2))));
		long record = json(created.body()).get("id").asLong();

		WebClient browser = new WebClient(port);
		browser.login(member.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook/records/" + record + "/history").body())
			.contains(name + "（" + member.username() + "）");
		assertThat(admin().get("/admin/audit?actor=" + member.username()).body())
			.contains(name + "（" + member.username() + "）");
	}

}
