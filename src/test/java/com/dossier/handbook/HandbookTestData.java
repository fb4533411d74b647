package com.dossier.handbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.security.Role;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Handbook test helpers: foreign-invested operators, API clients and JSON in and out. */
final class HandbookTestData {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private HandbookTestData() {
	}

	/**
	 * An operator of a new foreign-invested enterprise (the foreign-* sections are
	 * visible to it).
	 */
	static TestData.Operator foreignOperator(EnterpriseService enterprises, AccountService accounts) {
		String code = TestData.creditCode();
		long id = enterprises.create(new EnterpriseData(code, "外资测试企业" + TestData.unique(), Enterprise.Region.LOCAL,
				true, "上海市测试路 9 号", "Test Person", new BigDecimal("100"), LocalDate.of(2012, 1, 1)));
		enterprises.changeContact(id, null, new Contact("测试联系人", "021-60000000", "13800000000"));
		String username = "foreign-" + TestData.unique();
		accounts.create(new NewAccount(username, null, Role.ENTERPRISE, code, TestData.PASSWORD));
		return new TestData.Operator(username, id, code);
	}

	static WebClient api(int port, TestData.Operator operator) {
		return new WebClient(port).basic(operator.username(), TestData.PASSWORD);
	}

	static String body(Map<String, ?> data) {
		return JSON.writeValueAsString(Map.of("data", data));
	}

	static String body(Map<String, ?> data, int version) {
		return JSON.writeValueAsString(Map.of("data", data, "version", version));
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
