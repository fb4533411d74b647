package com.dossier.account;

import static com.dossier.account.EnterpriseMembers.code;
import static com.dossier.account.EnterpriseMembers.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 用户管理 over REST (DESIGN §11): a manager runs their own enterprise's accounts and no
 * other's; an operator never manages users; the last manager stays one.
 */
@HttpTest
class EnterpriseUsersApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerCreatesAnOperatorWithTheDefaultPermissionsWhoMustChangeThePassword() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.created(port, manager, "OPERATOR", null);

		var shown = json(EnterpriseMembers.api(port, manager)
			.json("GET", "/api/v1/enterprise/users/" + member.id(), null)
			.body());
		assertThat(shown.get("role").asString()).isEqualTo("OPERATOR");
		assertThat(shown.get("permissions").valueStream().map(p -> p.asString()).toList()).containsExactly("EDIT",
				"PRINT");
		assertThat(shown.get("mustChangePassword").asBoolean()).isTrue();
		assertThat(shown.get("enabled").asBoolean()).isTrue();

		var list = json(EnterpriseMembers.api(port, manager).json("GET", "/api/v1/enterprise/users", null).body());
		assertThat(list.get("totalItems").asLong()).isEqualTo(2);
		assertThat(list.get("items").valueStream().map(u -> u.get("username").asString()).toList())
			.containsExactlyInAnyOrder(manager, member.username());
		// the enterprise's existing account became its 证书管理员 with every permission
		var self = list.get("items")
			.valueStream()
			.filter(u -> u.get("username").asString().equals(manager))
			.findFirst();
		assertThat(self.orElseThrow().get("role").asString()).isEqualTo("CERTIFICATE_ADMIN");
		assertThat(self.orElseThrow().get("permissions").size()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'users.created' and target = ?")
			.param("account:" + member.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOperatorCannotManageUsersNorBeGivenThatPermission() {
		String manager = data.operator().username();
		var operator = EnterpriseMembers.ready(port, manager, "OPERATOR", List.of("EDIT", "FILE", "PRINT"));
		WebClient api = EnterpriseMembers.api(port, operator.username());
		var listed = api.json("GET", "/api/v1/enterprise/users", null);
		assertThat(listed.statusCode()).isEqualTo(403);
		assertThat(code(listed.body())).isEqualTo("permission.denied");
		assertThat(code(api
			.json("POST", "/api/v1/enterprise/users",
					"{\"username\":\"x-" + TestData.unique()
							+ "\",\"displayName\":\"某人\",\"password\":\"Another-Pass-66\"}")
			.body())).isEqualTo("permission.denied");

		var refused = EnterpriseMembers.api(port, manager)
			.json("PUT", "/api/v1/enterprise/users/" + operator.id(), "{\"permissions\":[\"MANAGE_USERS\",\"EDIT\"]}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(json(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("permissions");
		assertThat(EnterpriseMembers.api(port, manager)
			.json("POST", "/api/v1/enterprise/users",
					"{\"username\":\"op-" + TestData.unique()
							+ "\",\"displayName\":\"某人\",\"role\":\"OPERATOR\",\"permissions\":[\"MANAGE_USERS\"],"
							+ "\"password\":\"Another-Pass-66\"}")
			.statusCode()).isEqualTo(422);
	}

	@Test
	void anotherEnterprisesManagerCannotListCreateOrChangeTheAccounts() {
		String manager = data.operator().username();
		var member = EnterpriseMembers.created(port, manager, "OPERATOR", null);
		WebClient other = EnterpriseMembers.api(port, data.operator().username());

		assertThat(other.json("GET", "/api/v1/enterprise/users/" + member.id(), null).statusCode()).isEqualTo(404);
		var put = other.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"enabled\":false}");
		assertThat(put.statusCode()).isEqualTo(404);
		assertThat(code(put.body())).isEqualTo("users.not_found");
		assertThat(other
			.json("POST", "/api/v1/enterprise/users/" + member.id() + "/password", "{\"password\":\"Taken-Over-99\"}")
			.statusCode()).isEqualTo(404);
		var list = json(other.json("GET", "/api/v1/enterprise/users", null).body());
		assertThat(list.get("items").valueStream().map(u -> u.get("username").asString()))
			.doesNotContain(member.username(), manager);
		// what another's manager creates belongs to the other enterprise, whatever is
		// sent
		assertThat(
				jdbc.sql("select enabled from account where id = ?").param(member.id()).query(Boolean.class).single())
			.isTrue();
		assertThat(other.json("PUT", "/api/v1/enterprise/users/999999999", "{\"enabled\":false}").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theLastManagerCannotGiveUpManagingUsersNorDisableThemselves() {
		TestData.Operator op = data.operator();
		long self = jdbc.sql("select id from account where username = ?")
			.param(op.username())
			.query(Long.class)
			.single();
		WebClient api = EnterpriseMembers.api(port, op.username());
		var demote = api.json("PUT", "/api/v1/enterprise/users/" + self, "{\"role\":\"OPERATOR\"}");
		assertThat(demote.statusCode()).isEqualTo(409);
		assertThat(code(demote.body())).isEqualTo("users.last_manager");
		assertThat(code(api.json("PUT", "/api/v1/enterprise/users/" + self, "{\"permissions\":[\"EDIT\"]}").body()))
			.isEqualTo("users.last_manager");
		assertThat(code(api.json("PUT", "/api/v1/enterprise/users/" + self, "{\"enabled\":false}").body()))
			.isEqualTo("users.last_manager");

		// with a second manager, the first may step back; the session-less client keeps
		// working
		EnterpriseMembers.ready(port, op.username(), "LEGAL_REPRESENTATIVE", null);
		var stepBack = api.json("PUT", "/api/v1/enterprise/users/" + self, "{\"role\":\"OPERATOR\"}");
		assertThat(stepBack.statusCode()).as(stepBack.body()).isEqualTo(200);
		assertThat(json(stepBack.body()).get("permissions").valueStream().map(p -> p.asString()).toList())
			.containsExactly("EDIT", "PRINT");
		assertThat(code(api.json("GET", "/api/v1/enterprise/users", null).body())).isEqualTo("permission.denied");
	}

	@Test
	void badInputIsRefusedByFieldAndNothingIsSaved() {
		String manager = data.operator().username();
		WebClient api = EnterpriseMembers.api(port, manager);
		var bad = api.json("POST", "/api/v1/enterprise/users",
				"{\"username\":\"a b\",\"displayName\":\"\",\"role\":\"OPERATOR\",\"password\":\"password\"}");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(json(bad.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("username", "displayName", "password");
		assertThat(api.json("POST", "/api/v1/enterprise/users", "{\"role\":\"KING\"}").statusCode()).isEqualTo(400);
		assertThat(api.json("POST", "/api/v1/enterprise/users", "{\"permissions\":[\"ROOT\"]}").statusCode())
			.isEqualTo(400);
		assertThat(api.json("POST", "/api/v1/enterprise/users", "not json").statusCode()).isEqualTo(400);
		var taken = api.json("POST", "/api/v1/enterprise/users", "{\"username\":\"" + manager.toUpperCase()
				+ "\",\"displayName\":\"某人\",\"password\":\"Another-Pass-66\"}");
		assertThat(json(taken.body()).get("errors").get(0).get("code").asString()).isEqualTo("account.username.taken");
		var list = json(api.json("GET", "/api/v1/enterprise/users", null).body());
		assertThat(list.get("totalItems").asLong()).isEqualTo(1);
		var tooLong = api.json("POST", "/api/v1/enterprise/users", "{\"username\":\"long-" + TestData.unique()
				+ "\",\"displayName\":\"" + "长".repeat(101) + "\",\"password\":\"Another-Pass-66\"}");
		assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
		assertThat(json(tooLong.body()).get("errors").get(0).get("field").asString()).isEqualTo("displayName");
		var member = EnterpriseMembers.created(port, manager, "OPERATOR", null);
		var stale = api.json("PUT", "/api/v1/enterprise/users/" + member.id(),
				"{\"displayName\":\"新名\",\"version\":7}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(code(stale.body())).isEqualTo("record.version_conflict");
		var nullPermission = api.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"permissions\":[null]}");
		assertThat(nullPermission.statusCode()).isEqualTo(400);
		assertThat(json(nullPermission.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("permissions[0]");
		var nothingGranted = api.json("PUT", "/api/v1/enterprise/users/" + member.id(), "{\"permissions\":[]}");
		assertThat(nothingGranted.statusCode()).as(nothingGranted.body()).isEqualTo(200);
		assertThat(json(nothingGranted.body()).get("permissions").size()).isZero();
		var weak = api.json("POST",
				"/api/v1/enterprise/users/" + list.get("items").get(0).get("id").asLong() + "/password",
				"{\"password\":\"short\"}");
		assertThat(weak.statusCode()).isEqualTo(422);
	}

	@Test
	void otherRolesHaveNoEnterpriseUsers() {
		WebClient clerk = new WebClient(port).basic(data.account(com.dossier.shared.security.Role.CLERK),
				TestData.PASSWORD);
		assertThat(clerk.json("GET", "/api/v1/enterprise/users", null).statusCode()).isEqualTo(403);
		assertThat(new WebClient(port).json("GET", "/api/v1/enterprise/users", null).statusCode()).isEqualTo(401);
	}

}
