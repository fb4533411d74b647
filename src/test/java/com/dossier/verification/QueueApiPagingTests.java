package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The clerk's queue through the API: the same keyset cursors as the workbench, no page
 * numbers, and every cursor that is not ours refused with its code.
 */
@HttpTest
class QueueApiPagingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	ApplicationRepository applications;

	QueueFilings filings;

	@BeforeEach
	void filings() {
		filings = new QueueFilings(handbook, enterprises, applications);
	}

	@Test
	void theApiPagesByTheSameCursorsAsTheWorkbench() {
		TestData.Operator operator = data.operator();
		List<String> all = QueueFilings.numbers(filings.file(operator.enterpriseId(), QueueFilings.newDay(), 25));
		WebClient api = VerificationTestData.api(port, data.account(Role.CLERK));
		String base = "/api/v1/verification-queue?size=10&enterprise=" + operator.creditCode();

		JsonNode first = queue(api, base);
		assertThat(apiNumbers(first)).isEqualTo(all.subList(0, 10));
		assertThat(first.get("size").asInt()).isEqualTo(10);
		assertThat(first.get("previous").isNull()).isTrue();
		assertThat(first.has("page") || first.has("totalItems") || first.has("totalPages")).isFalse();
		JsonNode second = queue(api, base + "&after=" + first.get("next").asString());
		assertThat(apiNumbers(second)).isEqualTo(all.subList(10, 20));
		JsonNode third = queue(api, base + "&after=" + second.get("next").asString());
		assertThat(apiNumbers(third)).isEqualTo(all.subList(20, 25));
		assertThat(third.get("next").isNull()).isTrue();
		assertThat(apiNumbers(queue(api, base + "&before=" + third.get("previous").asString())))
			.isEqualTo(all.subList(10, 20));
		assertThat(apiNumbers(queue(api, base + "&before=" + second.get("previous").asString())))
			.isEqualTo(all.subList(0, 10));

		JsonNode last = queue(api, base + "&last=true");
		assertThat(apiNumbers(last)).isEqualTo(all.subList(15, 25));
		assertThat(last.get("next").isNull()).isTrue();
		// fewer than a page before it: the first page, full, as on the workbench
		JsonNode beforeLast = queue(api, base + "&before=" + last.get("previous").asString());
		assertThat(apiNumbers(beforeLast)).isEqualTo(all.subList(5, 15));
		assertThat(apiNumbers(queue(api, base + "&before=" + beforeLast.get("previous").asString())))
			.isEqualTo(all.subList(0, 10));
		assertThat(queue(api, "/api/v1/verification-queue?size=500&enterprise=" + operator.creditCode()).get("size")
			.asInt()).isEqualTo(100);
		assertThat(queue(api, "/api/v1/verification-queue?status=COMPLETED&enterprise=" + operator.creditCode())
			.get("items")).isEmpty();
	}

	@Test
	void theApiRefusesPageNumbersAndCursorsThatAreNotOurs() {
		WebClient api = VerificationTestData.api(port, data.account(Role.CLERK));
		var numbered = api.json("GET", "/api/v1/verification-queue?page=1", null);
		assertThat(numbered.statusCode()).isEqualTo(400);
		assertThat(numbered.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = VerificationTestData.json(numbered.body());
		assertThat(problem.get("code").asString()).isEqualTo("queue.page_unsupported");
		assertThat(problem.get("detail").asString()).contains("after", "before", "last");
		assertThat(
				VerificationTestData.json(api.json("GET", "/api/v1/verification-queue?page=0&after=1_1", null).body())
					.get("code")
					.asString())
			.isEqualTo("queue.page_unsupported");

		for (String bad : List.of("after=abc", "before=", "after=12_", "after=-5_1", "after=5_0",
				"after=1234567890123456789_1", "after=253402300800000000_1", "after=1_1&before=1_1",
				"after=1_1&last=true", "before=%00", "after=" + "9".repeat(400))) {
			var response = api.json("GET", "/api/v1/verification-queue?" + bad, null);
			assertThat(response.statusCode()).as(bad).isEqualTo(400);
			assertThat(VerificationTestData.json(response.body()).get("code").asString()).as(bad)
				.isEqualTo("queue.bad_cursor");
		}
		assertThat(api.json("GET", "/api/v1/verification-queue?last=maybe", null).statusCode()).isEqualTo(400);
		assertThat(api.json("GET", "/api/v1/verification-queue?after=0_1&last=false", null).statusCode())
			.isEqualTo(200);
	}

	private static JsonNode queue(WebClient api, String path) {
		var response = api.json("GET", path, null);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return VerificationTestData.json(response.body());
	}

	private static List<String> apiNumbers(JsonNode page) {
		List<String> numbers = new ArrayList<>();
		page.get("items").forEach(i -> numbers.add(i.get("number").asString()));
		return numbers;
	}

}
