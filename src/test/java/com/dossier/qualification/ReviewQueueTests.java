package com.dossier.qualification;

import static com.dossier.qualification.QualificationTestData.api;
import static com.dossier.qualification.QualificationTestData.filing;
import static com.dossier.qualification.QualificationTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reviewers' queue: filters by enterprise, category, status and day, keyset pages in
 * filing order, a forged cursor refused; the public query answers a Z number.
 */
@HttpTest
class ReviewQueueTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Autowired
	RecordLifecycle lifecycle;

	@Test
	void filtersAndKeysetPages() {
		QualificationTestData records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		long record = records.imported(operator.enterpriseId());
		List<String> numbers = new ArrayList<>();
		for (String category : List.of("supervision", "design-building", "supervision")) {
			numbers.add(json(ent
				.json("POST", "/api/v1/qualification-applications", filing("ADD", category, "A", List.of(record)))
				.body()).get("number").asString());
		}
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		String mine = "/api/v1/qualification-queue?enterprise=" + operator.creditCode();
		assertThat(queue(reviewer, mine + "&category=supervision").findValuesAsString("number"))
			.containsExactly(numbers.get(0), numbers.get(2));
		assertThat(queue(reviewer, mine + "&status=APPROVED")).isEmpty();
		JsonNode first = json(reviewer.json("GET", mine + "&size=2", null).body());
		assertThat(first.get("items").findValuesAsString("number")).containsExactly(numbers.get(0), numbers.get(1));
		String next = first.get("next").asString();
		assertThat(queue(reviewer, mine + "&size=2&after=" + next).findValuesAsString("number"))
			.containsExactly(numbers.get(2));
		assertThat(reviewer.json("GET", mine + "&after=forged", null).statusCode()).isEqualTo(400);
		assertThat(queue(reviewer, mine + "&date=2001-01-01")).isEmpty();

		JsonNode status = json(new WebClient(port).get("/api/v1/public/applications/" + numbers.get(1)).body());
		assertThat(status.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(status.get("itemCount").asInt()).isEqualTo(1);
		assertThat(new WebClient(port).get("/status?number=" + numbers.get(1)).body()).contains("已提交，待审核", "引用的诚信手册信息");
		assertThat(new WebClient(port).get("/api/v1/public/applications/Z2001010100001").statusCode()).isEqualTo(404);
	}

	private static JsonNode queue(WebClient client, String path) {
		return json(client.json("GET", path, null).body()).get("items");
	}

}
