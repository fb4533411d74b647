package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts of an enterprise made as its manager makes them: through 用户管理's API, with an
 * initial password that the new holder then changes (to {@link TestData#PASSWORD}), so a
 * test can sign in with it.
 */
final class EnterpriseMembers {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String INITIAL = "Initial-Pass-731";

	private EnterpriseMembers() {
	}

	record Member(long id, String username) {
	}

	static WebClient api(int port, String username) {
		return new WebClient(port).basic(username, TestData.PASSWORD);
	}

	/** A new account the manager creates, still holding its initial password. */
	static Member created(int port, String manager, String role, List<String> permissions) {
		String username = "member-" + TestData.unique();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", "王" + username.substring(7, 10));
		body.put("role", role);
		if (permissions != null) {
			body.put("permissions", permissions);
		}
		body.put("password", INITIAL);
		var response = api(port, manager).json("POST", "/api/v1/enterprise/users", JSON.writeValueAsString(body));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return new Member(json(response.body()).get("id").asLong(), username);
	}

	/**
	 * A new account that has changed its initial password to {@link TestData#PASSWORD}.
	 */
	static Member ready(int port, String manager, String role, List<String> permissions) {
		Member member = created(port, manager, role, permissions);
		var changed = new WebClient(port).basic(member.username(), INITIAL)
			.json("POST", "/api/v1/account/password", passwordChange(INITIAL, TestData.PASSWORD));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		return member;
	}

	static String passwordChange(String current, String password) {
		return JSON.writeValueAsString(Map.of("current", current, "password", password));
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	static String code(String problem) {
		return json(problem).get("code").asString();
	}

}
