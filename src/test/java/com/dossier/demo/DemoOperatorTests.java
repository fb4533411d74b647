package com.dossier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.DemoTest;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DESIGN §11's demo: demo-ent is 上海示范建设工程有限公司's 证书管理员 and sees its 办事员 demo-ent-op, who
 * edits and prints but neither files nor manages users.
 */
@DemoTest
class DemoOperatorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theDemoOperatorHasEditAndPrintOnly() {
		WebClient manager = new WebClient(port).basic(DemoData.LOCAL_OPERATOR, DemoData.PASSWORD);
		var users = JSON.readTree(manager.json("GET", "/api/v1/enterprise/users", null).body()).get("items");
		var operator = users.valueStream()
			.filter(u -> u.get("username").asString().equals(DemoData.LOCAL_CLERK_OPERATOR))
			.findFirst()
			.orElseThrow();
		assertThat(operator.get("role").asString()).isEqualTo("OPERATOR");
		assertThat(operator.get("permissions").valueStream().map(p -> p.asString()).toList()).containsExactly("EDIT",
				"PRINT");
		assertThat(operator.get("mustChangePassword").asBoolean()).isFalse();

		WebClient op = new WebClient(port).basic(DemoData.LOCAL_CLERK_OPERATOR, DemoData.PASSWORD);
		assertThat(op.json("GET", "/api/v1/enterprise", null).statusCode()).isEqualTo(200);
		assertThat(op.json("GET", "/api/v1/enterprise/users", null).statusCode()).isEqualTo(403);
		assertThat(op.json("POST", "/api/v1/verification-applications", "{\"recordIds\":[1]}").body())
			.contains("permission.denied");
	}

}
