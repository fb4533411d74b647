package com.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * JSON that parses but is not what the field holds: numbers beyond any field, objects and
 * booleans where text is due, NUL and lone surrogates, blanks made of invisible
 * characters, an enum given by its index. Each is a field error and nothing is saved.
 */
@HttpTest
class HostileJsonTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** An equipment record's fields, with {@code %s} for originalValue. */
	static final String EQUIPMENT = "{\"data\":{\"name\":%s,\"model\":%s,\"origin\":%s,\"manufactureDate\":\"2020-01-01\","
			+ "\"quantity\":1,\"originalValue\":%s,\"netValue\":1}}";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Test
	void numbersBeyondAnyFieldAreFieldErrors() {
		TestData.Operator operator = data.operator();
		for (String number : List.of("1e400", "-1e400", "1e-999999999", "1e999999999",
				"123456789012345678901234567890123")) {
			JsonNode refused = create(operator, "\"泵车\"", "\"SY5\"", "\"长沙\"", number);
			assertThat(refused.get("status").asInt()).as(number).isEqualTo(422);
			assertThat(field(refused, "originalValue")).isEqualTo("field.number");
		}
		assertThat(count(operator)).isZero();
	}

	@Test
	void objectsArraysAndBooleansAreNotText() {
		TestData.Operator operator = data.operator();
		JsonNode refused = create(operator, "{\"a\":1}", "[\"x\"]", "true", "1");
		assertThat(refused.get("status").asInt()).isEqualTo(422);
		assertThat(field(refused, "name")).isEqualTo("field.type");
		assertThat(field(refused, "model")).isEqualTo("field.type");
		assertThat(field(refused, "origin")).isEqualTo("field.type");
		assertThat(count(operator)).isZero();
	}

	@Test
	void nulAndLoneSurrogatesAreRefusedAndInvisibleBlanksAreEmpty() {
		TestData.Operator operator = data.operator();
		JsonNode refused = create(operator, "\"泵\\u0000车\"", "\"\\ud800\"", "\"长沙\"", "1");
		assertThat(refused.get("status").asInt()).isEqualTo(422);
		assertThat(field(refused, "data.name")).isEqualTo("field.invalid_character");
		assertThat(field(refused, "data.model")).isEqualTo("field.invalid_character");
		JsonNode blank = create(operator, "\"泵车\"", "\"SY5\"", "\"\\u200b\\ufeff \\u00a0\\u3000\"", "1");
		assertThat(blank.get("status").asInt()).isEqualTo(422);
		assertThat(field(blank, "origin")).isEqualTo("field.required");
		assertThat(count(operator)).isZero();
		HttpResponse<String> form = new WebClient(port).basic(operator.username(), TestData.PASSWORD)
			.postForm("/handbook/sections/equipment/records", Map.of("name", "泵\u0000车", "model", "SY5", "origin", "长沙",
					"manufactureDate", "2020-01-01", "quantity", "1", "originalValue", "1", "netValue", "1"));
		assertThat(form.statusCode()).isBetween(200, 499);
		assertThat(count(operator)).isZero();
	}

	@Test
	void aDecisionGivenAsANumberIsNotAFail() {
		TestData.Operator operator = data.operator();
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		long record = attachments
			.attachRequired(
					handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", 4)))
			.id();
		String number = JSON
			.readTree(api.json("POST", "/api/v1/verification-applications", "{\"recordIds\":[" + record + "]}").body())
			.get("number")
			.asString();
		WebClient clerk = new WebClient(port).basic(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerk.json("POST", "/api/v1/verification-applications/" + number + "/claim", null).statusCode())
			.isEqualTo(200);
		String decision = "/api/v1/verification-applications/" + number + "/items/" + record + "/decision";
		for (String body : List.of("{\"result\":1}", "{\"result\":0}", "{\"result\":true}",
				"{\"result\":[\"PASS\"]}")) {
			HttpResponse<String> refused = clerk.json("POST", decision, body);
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(field(JSON.readTree(refused.body()), "result")).isEqualTo("field.type");
		}
		JsonNode application = JSON
			.readTree(api.json("GET", "/api/v1/verification-applications/" + number, null).body());
		assertThat(application.get("items").get(0).get("decision").isNull()).isTrue();
	}

	@Test
	void wrongTypesInRequestObjectsNameTheirField() {
		TestData.Operator operator = data.operator();
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		HttpResponse<String> ids = api.json("POST", "/api/v1/verification-applications", "{\"recordIds\":[1.9]}");
		assertThat(ids.statusCode()).isEqualTo(400);
		assertThat(field(JSON.readTree(ids.body()), "recordIds[0]")).isEqualTo("field.type");
		HttpResponse<String> contact = api.json("PUT", "/api/v1/enterprise/contact",
				"{\"name\":123,\"phone\":\"021-64001234\",\"mobile\":\"13916012345\"}");
		assertThat(contact.statusCode()).isEqualTo(400);
		assertThat(field(JSON.readTree(contact.body()), "name")).isEqualTo("field.type");
		HttpResponse<String> nul = api.json("PUT", "/api/v1/enterprise/contact",
				"{\"name\":\"陈\\u0000晓\",\"phone\":\"021-64001234\",\"mobile\":\"13916012345\"}");
		assertThat(nul.statusCode()).isEqualTo(422);
		assertThat(field(JSON.readTree(nul.body()), "name")).isEqualTo("field.invalid_character");
		assertThat(JSON.readTree(api.json("GET", "/api/v1/enterprise", null).body()).toString()).doesNotContain("陈");
	}

	private JsonNode create(TestData.Operator operator, String name, String model, String origin, String value) {
		HttpResponse<String> answer = new WebClient(port).basic(operator.username(), TestData.PASSWORD)
			.json("POST", "/api/v1/sections/equipment/records", String.format(EQUIPMENT, name, model, origin, value));
		assertThat(answer.statusCode()).as(answer.body()).isLessThan(500);
		return JSON.readTree(answer.body());
	}

	private long count(TestData.Operator operator) {
		return JSON
			.readTree(new WebClient(port).basic(operator.username(), TestData.PASSWORD)
				.json("GET", "/api/v1/sections/equipment/records", null)
				.body())
			.get("totalItems")
			.asLong();
	}

	private static String field(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("code").asString();
			}
		}
		return null;
	}

}
