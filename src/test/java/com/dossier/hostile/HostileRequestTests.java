package com.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests no browser sends: broken multipart bodies, undecodable parameters, a JSON
 * endpoint asked for HTML, a forged Host header, what Tomcat refuses before the
 * application. Each gets a 4xx (problem+json under /api), never a 500.
 */
@HttpTest
class HostileRequestTests {

	static final byte[] TRUNCATED = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n"
			+ "abc")
		.getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	JdbcClient jdbc;

	@Test
	void malformedMultipartBodiesAreABadRequestOnEveryUploadEndpoint() {
		TestData.Operator operator = data.operator();
		long record = handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", 1))
			.id();
		String admin = data.account(Role.ADMIN);
		long account = jdbc.sql("select id from account where username = ?")
			.param(operator.username())
			.query(Long.class)
			.single();
		WebClient enterpriseApi = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		WebClient adminApi = new WebClient(port).basic(admin, TestData.PASSWORD);
		WebClient enterprisePages = new WebClient(port);
		enterprisePages.login(operator.username(), TestData.PASSWORD);
		WebClient adminPages = new WebClient(port);
		adminPages.login(admin, TestData.PASSWORD);

		Map<WebClient, List<String>> endpoints = Map.of(enterpriseApi,
				List.of("/api/v1/records/" + record + "/attachments", "/api/v1/images/conform",
						"/api/v1/sections/equipment/import"),
				adminApi, List.of("/api/v1/admin/accounts/" + account + "/certificates"), enterprisePages,
				List.of("/handbook/records/" + record + "/attachments", "/handbook/sections/equipment/import"),
				adminPages, List.of("/admin/accounts/" + account + "/certificates"));
		endpoints.forEach((client, paths) -> {
			for (String path : paths) {
				for (String type : List.of("multipart/form-data; boundary=XYZ", "multipart/form-data")) {
					HttpResponse<String> answer = client.raw("POST", path, type, TRUNCATED, Map.of());
					assertThat(answer.statusCode()).as(path + " " + type).isBetween(300, 499);
					if (path.startsWith("/api/")) {
						assertThat(answer.statusCode()).isEqualTo(400);
						assertThat(answer.body()).contains("\"code\":\"request.malformed\"");
					}
				}
			}
		});
	}

	@Test
	void undecodableParametersAreABadRequest() {
		TestData.Operator operator = data.operator();
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		String basic = "Authorization: Basic " + java.util.Base64.getEncoder()
			.encodeToString((operator.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		String answer = RawHttp.get(port, "/api/v1/sections/equipment/records?page=%zz", basic);
		assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(api.get("/api/v1/sections/equipment/records?page=%ff%fe").statusCode()).isEqualTo(400);
		assertThat(RawHttp.get(port, "/?lang=%zz")).startsWith("HTTP/1.1 400");
		HttpResponse<String> form = new WebClient(port).raw("POST", "/login", "application/x-www-form-urlencoded",
				"username=%zz&password=%".getBytes(StandardCharsets.US_ASCII), Map.of());
		assertThat(form.statusCode()).isEqualTo(400);
	}

	@Test
	void aJsonEndpointAskedForAnotherTypeAnswers406() {
		TestData.Operator operator = data.operator();
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		for (String accept : List.of("text/html", "application/xml", "image/png")) {
			HttpResponse<String> answer = api.raw("GET", "/api/v1/enterprise", null, new byte[0],
					Map.of("Accept", accept));
			assertThat(answer.statusCode()).as(accept).isEqualTo(406);
			assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(answer.body()).contains("\"code\":\"request.not_acceptable\"");
		}
	}

	@Test
	void theErrorPathReachedDirectlyIsNotFound() {
		assertThat(new WebClient(port).get("/error").statusCode()).isEqualTo(404);
		assertThat(
				new WebClient(port).raw("POST", "/error", "application/json", "{}".getBytes(), Map.of()).statusCode())
			.isBetween(400, 499);
	}

	@Test
	void whatTomcatRefusesItselfCarriesTheSecurityHeaders() {
		List<String> answers = List.of(RawHttp.get(port, "/a%2fb"), RawHttp.get(port, "/a%00b"),
				RawHttp.get(port, "/", "X-Long: " + "a".repeat(20_000)));
		for (String head : answers) {
			assertThat(head).startsWith("HTTP/1.1 400");
			assertThat(head).containsIgnoringCase("X-Content-Type-Options: nosniff")
				.containsIgnoringCase("X-Frame-Options: DENY")
				.containsIgnoringCase("Content-Security-Policy: default-src 'none'");
			assertThat(head).doesNotContain("Tomcat/");
		}
	}

	@Test
	void redirectsNeverCarryTheRequestsHostHeader() {
		String head = RawHttp.get(port, "/handbook", "Host: evil.example", "Accept: text/html");
		assertThat(head).startsWith("HTTP/1.1 302");
		assertThat(head).containsIgnoringCase("Location: /login").doesNotContain("evil.example");
		String logout = RawHttp.get(port, "/clerk", "Host: evil.example", "Accept: text/html");
		assertThat(logout).doesNotContain("evil.example");
	}

	@Test
	void anAnonymousWriteIsUnauthenticatedNotForbidden() {
		HttpResponse<String> answer = new WebClient(port).json("POST", "/api/v1/sections/equipment/records",
				"{\"data\":{}}");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("\"code\":\"unauthenticated\"");
	}

	@Test
	void aSessionClientSendsTheXsrfCookieBackAsItsHeader() {
		TestData.Operator operator = data.operator();
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		browser.get("/handbook/sections");
		String token = browser.cookie("XSRF-TOKEN");
		assertThat(token).isNotBlank();
		String contact = "{\"name\":\"陈晓\",\"phone\":\"021-64001234\",\"mobile\":\"13916012345\"}";
		HttpResponse<String> withHeader = browser.raw("PUT", "/api/v1/enterprise/contact", "application/json",
				contact.getBytes(StandardCharsets.UTF_8), Map.of("X-XSRF-TOKEN", token));
		assertThat(withHeader.statusCode()).as(withHeader.body()).isEqualTo(200);
		HttpResponse<String> without = browser.raw("PUT", "/api/v1/enterprise/contact", "application/json",
				contact.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(without.statusCode()).isEqualTo(403);
	}

}
