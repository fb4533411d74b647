package com.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two managers who each step back at the same instant, each seeing the other still there,
 * must not leave their enterprise without one: the enterprise's accounts are locked while
 * a change is judged.
 */
@HttpTest
class HostileUserManagementTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoManagersSteppingBackAtOnceLeaveOneManager() {
		TestData.Operator first = data.operator();
		WebClient firstApi = new WebClient(port).basic(first.username(), TestData.PASSWORD);
		String second = "second-" + TestData.unique();
		var created = firstApi.json("POST", "/api/v1/enterprise/users", JSON.writeValueAsString(Map.of("username",
				second, "displayName", "第二管理员", "role", "LEGAL_REPRESENTATIVE", "password", "Initial-Pass-731")));
		assertThat(created.statusCode()).isEqualTo(201);
		new WebClient(port).basic(second, "Initial-Pass-731")
			.json("POST", "/api/v1/account/password",
					JSON.writeValueAsString(Map.of("current", "Initial-Pass-731", "password", TestData.PASSWORD)));
		long firstId = id(first.username());
		long secondId = id(second);
		WebClient secondApi = new WebClient(port).basic(second, TestData.PASSWORD);

		List<Callable<Integer>> both = List.of(
				() -> firstApi.json("PUT", "/api/v1/enterprise/users/" + firstId, "{\"role\":\"OPERATOR\"}")
					.statusCode(),
				() -> secondApi.json("PUT", "/api/v1/enterprise/users/" + secondId, "{\"role\":\"OPERATOR\"}")
					.statusCode());
		List<Integer> statuses = Race.run(both);
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(
				jdbc.sql("select count(*) from account where enterprise_id = ? and permissions like '%MANAGE_USERS%'")
					.param(first.enterpriseId())
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	private long id(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

}
