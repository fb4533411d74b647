package com.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A JSON body of any size would be read whole into the heap: past the ceiling (1 MB, the
 * machine import 16 MB) it is refused with 413 in the request's language, whether its
 * length is declared or it arrives chunked, and nothing is saved.
 */
@HttpTest
class HostileBodySizeTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aDeclaredBodyPastTheCeilingIsRefusedUnread() {
		TestData.Operator operator = data.operator();
		HttpResponse<String> refused = new WebClient(port).basic(operator.username(), TestData.PASSWORD)
			.raw("POST", "/api/v1/sections/equipment/records", "application/json", record(2 * 1024 * 1024),
					Map.of("Accept-Language", "zh-CN"));
		assertThat(refused.statusCode()).isEqualTo(413);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("request.too_large");
		assertThat(problem.get("detail").asString()).isEqualTo("请求内容过大，此接口最多接受 1,024 KB。");
		assertThat(count(operator)).isZero();
	}

	@Test
	void aChunkedBodyIsStoppedWhereItPassesTheCeiling() {
		TestData.Operator operator = data.operator();
		HttpResponse<String> refused = chunked(operator.username(), "/api/v1/sections/equipment/records",
				record(3 * 1024 * 1024));
		assertThat(refused.statusCode()).isEqualTo(413);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("request.too_large");
		assertThat(problem.get("detail").asString())
			.isEqualTo("The request body is too large; this interface takes at most 1,024 KB.");
		assertThat(count(operator)).isZero();
	}

	@Test
	void aSmallChunkedBodyStillWorks() {
		TestData.Operator operator = data.operator();
		HttpResponse<String> created = chunked(operator.username(), "/api/v1/sections/equipment/records", record(100));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(count(operator)).isEqualTo(1);
	}

	@Test
	void theMachineImportTakesMoreThanTheGeneralCeiling() {
		String admin = data.account(Role.ADMIN);
		StringBuilder payload = new StringBuilder("{\"source\":\"hostile\",\"enterprises\":[");
		for (int i = 0; payload.length() < 1_500_000; i++) {
			payload.append(i == 0 ? "" : ",").append("{\"creditCode\":\"not-a-code-").append(i).append("\"}");
		}
		payload.append("]}");
		HttpResponse<String> answer = new WebClient(port).basic(admin, TestData.PASSWORD)
			.json("POST", "/api/v1/admin/imports", payload.toString());
		// Read and checked: every credit code is refused, so nothing is saved.
		assertThat(answer.statusCode()).isEqualTo(422);
	}

	/** A record whose name fills the body to about {@code size} bytes. */
	private static byte[] record(int size) {
		String name = "泵".repeat(Math.max(1, size / 3));
		return ("{\"data\":{\"name\":\"" + name
				+ "\",\"model\":\"SY5\",\"origin\":\"长沙\",\"manufactureDate\":\"2020-01-01\","
				+ "\"quantity\":1,\"originalValue\":1,\"netValue\":1}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A body from a stream of unknown length, which the client sends chunked. */
	private HttpResponse<String> chunked(String username, String path, byte[] body) {
		String credentials = username + ":" + TestData.PASSWORD;
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		try {
			return HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.build()
				.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private long count(TestData.Operator operator) {
		return JSON
			.readTree(new WebClient(port).basic(operator.username(), TestData.PASSWORD)
				.json("GET", "/api/v1/sections/equipment/records", null)
				.body())
			.get("totalItems")
			.asLong();
	}

}
