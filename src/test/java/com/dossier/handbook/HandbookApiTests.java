package com.dossier.handbook;

import static com.dossier.handbook.HandbookTestData.body;
import static com.dossier.handbook.HandbookTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.dossier.account.AccountService;
import com.dossier.demo.DemoSamples;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every section through the REST API: create, validate, page, edit, version conflict,
 * history, delete, scoping.
 */
@HttpTest
class HandbookApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AccountService accounts;

	static Stream<String> sections() {
		return new SectionCatalog().all().stream().map(SectionDefinition::code);
	}

	@ParameterizedTest
	@MethodSource("sections")
	void anOperatorMaintainsEverySection(String code) {
		SectionDefinition section = new SectionCatalog().find(code).orElseThrow();
		TestData.Operator operator = HandbookTestData.foreignOperator(enterprises, accounts);
		WebClient api = HandbookTestData.api(port, operator);
		String records = "/api/v1/sections/" + code + "/records";

		HttpResponse<String> invalid = api.json("POST", records, body(Map.of()));
		assertThat(invalid.statusCode()).isEqualTo(422);
		JsonNode problem = json(invalid.body());
		assertThat(problem.get("code").asString()).isEqualTo("validation.failed");
		List<String> required = section.fields().stream().filter(FieldDef::required).map(FieldDef::key).toList();
		assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(required);
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("此项为必填项。");
		assertThat(json(api.json("GET", records, null).body()).get("totalItems").asLong()).isZero();

		Map<String, String> sample = DemoSamples.sample(section, 3);
		HttpResponse<String> created = api.json("POST", records, body(sample));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode record = json(created.body());
		long id = record.get("id").asLong();
		assertThat(WebClient.location(created)).isEqualTo("/api/v1/records/" + id);
		assertThat(record.get("level").asString()).isEqualTo("D");
		assertThat(record.get("status").asString()).isEqualTo("DRAFT");
		assertThat(record.get("version").asInt()).isEqualTo(1);
		assertThat(record.get("section").asString()).isEqualTo(code);
		assertThat(record.get("data").propertyNames())
			.containsExactlyElementsOf(section.fields().stream().map(FieldDef::key).toList());

		JsonNode page = json(api.json("GET", records + "?page=0&size=5", null).body());
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		assertThat(page.get("totalPages").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(5);
		assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);

		Map<String, String> changed = DemoSamples.sample(section, 4);
		HttpResponse<String> updated = api.json("PUT", "/api/v1/records/" + id, body(changed, 1));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(json(updated.body()).get("version").asInt()).isEqualTo(2);
		HttpResponse<String> stale = api.json("PUT", "/api/v1/records/" + id, body(sample, 1));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(json(stale.body()).get("code").asString()).isEqualTo("record.version_conflict");

		WebClient stranger = HandbookTestData.api(port, data.operator());
		assertThat(stranger.json("GET", "/api/v1/records/" + id, null).statusCode()).isEqualTo(404);
		assertThat(stranger.json("PUT", "/api/v1/records/" + id, body(changed, 2)).statusCode()).isEqualTo(404);
		assertThat(stranger.json("DELETE", "/api/v1/records/" + id, null).statusCode()).isEqualTo(404);
		assertThat(stranger.json("GET", "/api/v1/records/" + id + "/history", null).statusCode()).isEqualTo(404);

		assertThat(api.json("DELETE", "/api/v1/records/" + id + "?version=2", null).statusCode()).isEqualTo(204);
		assertThat(api.json("GET", "/api/v1/records/" + id, null).statusCode()).isEqualTo(404);
		JsonNode history = json(api.json("GET", "/api/v1/records/" + id + "/history", null).body());
		assertThat(history.valueStream().map(v -> v.get("change").asString()).toList()).containsExactly("CREATED",
				"UPDATED", "DELETED");
		assertThat(history.get(0).get("actor").asString()).isEqualTo(operator.username());
		assertThat(history.get(0).get("level").asString()).isEqualTo("D");
	}

	@Test
	void fieldErrorsAreInTheRequestsLanguageAndNothingIsSaved() {
		TestData.Operator operator = data.operator();
		WebClient api = HandbookTestData.api(port, operator).language("en");
		Map<String, Object> equipment = new HashMap<>(FieldRulesTests.equipment());
		equipment.put("netValue", "999");
		equipment.put("quantity", "0");
		HttpResponse<String> refused = api.json("POST", "/api/v1/sections/equipment/records", body(equipment));
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode errors = json(refused.body()).get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
			.containsExactlyInAnyOrder("quantity:field.min", "netValue:field.not_greater_than");
		assertThat(errors.valueStream().map(e -> e.get("message").asString()))
			.contains("Cannot be more than Original value (10k CNY).");
		assertThat(json(api.json("GET", "/api/v1/sections/equipment/records", null).body()).get("totalItems").asLong())
			.isZero();
	}

	@Test
	void aOneRecordSectionHoldsOneRecord() {
		WebClient api = HandbookTestData.api(port, data.operator());
		SectionDefinition legal = new SectionCatalog().find("legal-person").orElseThrow();
		assertThat(api.json("POST", "/api/v1/sections/legal-person/records", body(DemoSamples.sample(legal, 1)))
			.statusCode()).isEqualTo(201);
		HttpResponse<String> second = api.json("POST", "/api/v1/sections/legal-person/records",
				body(DemoSamples.sample(legal, 2)));
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(json(second.body()).get("code").asString()).isEqualTo("record.exists");
	}

	@Test
	void foreignSectionsAreNotFoundForALocalEnterprise() {
		WebClient api = HandbookTestData.api(port, data.operator());
		assertThat(api.json("GET", "/api/v1/sections/foreign-bank-credit/records", null).statusCode()).isEqualTo(404);
		assertThat(api.json("GET", "/api/v1/sections/no-such-section/records", null).statusCode()).isEqualTo(404);
	}

	@Test
	void definitionsAreServedToAnySignedInUser() {
		WebClient clerk = new WebClient(port).basic(data.account(Role.CLERK), TestData.PASSWORD);
		JsonNode sections = json(clerk.json("GET", "/api/v1/sections", null).body());
		assertThat(sections.size()).isEqualTo(17);
		JsonNode equipment = sections.valueStream()
			.filter(s -> s.get("code").asString().equals("equipment"))
			.findFirst()
			.orElseThrow();
		assertThat(equipment.get("name").get("zh").asString()).isEqualTo("技术装备");
		assertThat(equipment.get("cardinality").asString()).isEqualTo("MANY");
		JsonNode quantity = equipment.get("fields").get(4);
		assertThat(quantity.get("key").asString()).isEqualTo("quantity");
		assertThat(quantity.get("label").get("zh").asString()).isEqualTo("数量（台）");
		assertThat(quantity.get("required").asBoolean()).isTrue();
		assertThat(quantity.get("min").asInt()).isEqualTo(1);
		assertThat(equipment.get("attachmentKinds").get(0).get("policy").asString()).isEqualTo("IMAGE");
		assertThat(new WebClient(port).json("GET", "/api/v1/sections", null).statusCode()).isEqualTo(401);
		assertThat(clerk.json("GET", "/api/v1/sections/equipment/records", null).statusCode()).isEqualTo(403);
	}

}
