package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.dossier.support.HttpTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document, read anonymously as a client generator would: valid OpenAPI 3 in
 * its structure, every {@code /api/v1} request mapping of the running application in it
 * with its method, problem responses as problem+json, and records shaped by their
 * sections.
 */
@HttpTest
class ApiDocumentationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyApiMappingIsDocumentedWithItsProblems() throws Exception {
		JsonNode api = document();
		assertThat(api.get("openapi").asString()).startsWith("3.");
		assertThat(api.get("info").get("title").asString()).isNotBlank();
		JsonNode paths = api.get("paths");
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			Set<String> patterns = entry.getKey().getPatternValues();
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (!pattern.startsWith("/api/v1")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					checked++;
					JsonNode operation = paths.path(pattern).path(method.name().toLowerCase());
					if (operation.isMissingNode()) {
						missing.add(method + " " + pattern);
						continue;
					}
					assertThat(operation.get("responses").has("404")).as(method + " " + pattern).isTrue();
				}
			}
		}
		assertThat(checked).isGreaterThan(25);
		assertThat(missing).as("mappings missing from /v3/api-docs").isEmpty();
		assertThat(paths.properties()).allSatisfy(p -> assertThat(p.getKey()).startsWith("/api/v1"));
	}

	@Test
	void writesAnswerTheirConflictsAndValidationAsProblemJson() throws Exception {
		JsonNode api = document();
		JsonNode put = api.get("paths").get("/api/v1/records/{id}").get("put").get("responses");
		assertThat(put.get("409").get("description").asString()).contains("record.version_conflict");
		assertThat(put.get("422").get("content").has(ApiDocumentation.PROBLEM_JSON)).isTrue();
		assertThat(put.get("401").get("description").asString()).contains("unauthenticated");
		JsonNode problem = api.get("components").get("schemas").get(ApiDocumentation.PROBLEM);
		assertThat(problem.get("properties").has("code")).isTrue();
		assertThat(problem.get("properties").has("errors")).isTrue();
		JsonNode publicQuery = api.get("paths").get("/api/v1/public/applications/{number}").get("get");
		assertThat(publicQuery.get("responses").has("401")).as("the public query needs no sign-in").isFalse();
	}

	@Test
	void aRecordsDataIsShapedByItsSection() throws Exception {
		JsonNode schemas = document().get("components").get("schemas");
		JsonNode equipment = schemas.get("RecordData.equipment");
		assertThat(equipment.get("properties").get("manufactureDate").get("format").asString()).isEqualTo("date");
		assertThat(equipment.get("properties").get("quantity").get("type").toString()).contains("integer");
		assertThat(equipment.get("required").valueStream().map(JsonNode::asString)).contains("name", "netValue");
		JsonNode plant = schemas.get("RecordData.plant").get("properties").get("ownership");
		assertThat(plant.get("enum").valueStream().map(JsonNode::asString)).containsExactly("OWN", "LEASE");
		assertThat(schemas.get("RecordView").get("properties").get("data").get("oneOf").size()).isEqualTo(17);
	}

	private JsonNode document() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
