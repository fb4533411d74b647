package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.demo.DemoSamples;
import com.dossier.handbook.SectionCatalog;
import com.dossier.handbook.SectionDefinition;
import com.dossier.support.HttpTest;
import com.dossier.support.StatementCounter;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a signed-in API request costs the database (issue 20): the session cookie's
 * request reads its session and does its work, nothing more; the page of records is the
 * benchmark's API row.
 */
@HttpTest
class SignedInRequestSqlTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aPageOfRecordsThroughTheSessionCostsFourStatementsAndNoTransaction() {
		TestData.Operator operator = data.operator();
		addRecords(operator, 3);
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		String page = "/api/v1/sections/equipment/records?page=1&size=2";
		// warm: the session's first touch
		assertThat(browser.json("GET", page, null).statusCode()).isEqualTo(200);

		List<String> statements = StatementCounter.during(() -> {
			HttpResponse<String> response = browser.json("GET", page, null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response;
		});
		assertThat(statements).as(String.join("\n", statements))
			.hasSizeLessThanOrEqualTo(4)
			.doesNotContain(StatementCounter.COMMIT);
	}

	@Test
	void aSectionPageReadsItsSessionOnceAndOpensNoTransaction() {
		TestData.Operator operator = data.operator();
		addRecords(operator, 10);
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		String page = "/handbook/sections/equipment";
		assertThat(browser.get(page).statusCode()).isEqualTo(200);

		// The page is larger than the response buffer's default: it used to be committed
		// while rendering, and Spring Session then read the session a second time.
		List<String> statements = StatementCounter.during(() -> {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(8192);
			return response;
		});
		assertThat(statements).as(String.join("\n", statements))
			.filteredOn(sql -> sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"))
			.hasSize(1);
		assertThat(statements).as(String.join("\n", statements)).doesNotContain(StatementCounter.COMMIT);
	}

	private void addRecords(TestData.Operator operator, int count) {
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();
		for (int i = 0; i < count; i++) {
			String body = JSON.writeValueAsString(Map.of("data", DemoSamples.sample(equipment, i)));
			assertThat(api.json("POST", "/api/v1/sections/equipment/records", body).statusCode()).isEqualTo(201);
		}
	}

}
