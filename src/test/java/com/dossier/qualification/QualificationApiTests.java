package com.dossier.qualification;

import static com.dossier.qualification.QualificationTestData.api;
import static com.dossier.qualification.QualificationTestData.decision;
import static com.dossier.qualification.QualificationTestData.filing;
import static com.dossier.qualification.QualificationTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.dossier.audit.AuditFilter;
import com.dossier.audit.AuditLog;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 资质申请 over HTTP: records verified to C are cited, a reviewer claims and approves, the C
 * records become B (A stays A); a returned application shows its reason and can be filed
 * again.
 */
@HttpTest
class QualificationApiTests {

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

	@Autowired
	AuditLog audit;

	QualificationTestData records;

	@BeforeEach
	void records() {
		records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
	}

	@Test
	void anApprovedApplicationTurnsItsCRecordsBAndLeavesAAsA() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		List<Long> c = records.verified(operator, 2);
		long a = records.imported(operator.enterpriseId());

		HttpResponse<String> filed = ent.json("POST", "/api/v1/qualification-applications",
				filing(List.of(c.get(0), c.get(1), a)));
		assertThat(filed.statusCode()).isEqualTo(201);
		JsonNode application = json(filed.body());
		String number = application.get("number").asString();
		assertThat(number).matches("Z\\d{13}");
		assertThat(filed.headers().firstValue("Location")).hasValue("/api/v1/qualification-applications/" + number);
		assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(application.get("kind").asString()).isEqualTo("UPGRADE");
		assertThat(application.get("category").asString()).isEqualTo("building-construction");
		assertThat(application.get("grade").asString()).isEqualTo("SECOND");
		assertThat(application.get("contact").get("name").asString()).isEqualTo("测试联系人");
		assertThat(application.get("items").findValuesAsString("level")).containsExactly("C", "C", "A");
		assertThat(application.get("items").get(0).get("section").asString()).isEqualTo("equipment");

		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		JsonNode queue = json(
				reviewer.json("GET", "/api/v1/qualification-queue?enterprise=" + operator.creditCode(), null).body());
		assertThat(queue.get("items").findValuesAsString("number")).containsExactly(number);
		HttpResponse<String> early = reviewer.json("POST", decisionPath(number), decision("APPROVE", null));
		assertThat(json(early.body()).get("code").asString()).isEqualTo("application.not_claimed_by_you");
		HttpResponse<String> claimed = reviewer.json("POST", claimPath(number), null);
		assertThat(json(claimed.body()).get("status").asString()).isEqualTo("IN_REVIEW");
		HttpResponse<String> withdraw = ent.json("POST", "/api/v1/qualification-applications/" + number + "/withdraw",
				null);
		assertThat(json(withdraw.body()).get("code").asString()).isEqualTo("qualification.not_withdrawable");

		HttpResponse<String> approved = reviewer.json("POST", decisionPath(number), decision("APPROVE", "材料齐全"));
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json(approved.body()).get("status").asString()).isEqualTo("APPROVED");
		HttpResponse<String> twice = reviewer.json("POST", decisionPath(number), decision("RETURN", "改主意"));
		assertThat(json(twice.body()).get("code").asString()).isEqualTo("qualification.already_decided");

		assertThat(level(ent, c.get(0))).isEqualTo("B");
		assertThat(level(ent, c.get(1))).isEqualTo("B");
		assertThat(level(ent, a)).isEqualTo("A");
		JsonNode history = json(ent.json("GET", "/api/v1/records/" + c.get(0) + "/history", null).body());
		assertThat(history.findValuesAsString("level")).containsSubsequence("D", "C", "B");

		JsonNode status = json(new WebClient(port).get("/api/v1/public/applications/" + number).body());
		assertThat(status.get("status").asString()).isEqualTo("APPROVED");
		assertThat(status.get("itemCount").asInt()).isEqualTo(3);
		assertThat(status.has("contact")).isFalse();

		var entries = audit.latest(new AuditFilter(null, null, null, operator.enterpriseId(), null, null), 50);
		assertThat(entries).extracting(e -> e.action())
			.contains("qualification.filed", "qualification.claimed", "qualification.decided");
	}

	@Test
	void aReturnedApplicationShowsItsReasonLeavesTheLevelsAndCanBeFiledAgain() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		List<Long> c = records.verified(operator, 1);
		String number = json(ent.json("POST", "/api/v1/qualification-applications", filing(c)).body()).get("number")
			.asString();
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		reviewer.json("POST", claimPath(number), null);
		HttpResponse<String> noReason = reviewer.json("POST", decisionPath(number), decision("RETURN", "  "));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("\"field\":\"reason\"");
		HttpResponse<String> returned = reviewer.json("POST", decisionPath(number), decision("RETURN", "技术负责人材料不全"));
		assertThat(json(returned.body()).get("status").asString()).isEqualTo("RETURNED");

		JsonNode mine = json(ent.json("GET", "/api/v1/qualification-applications", null).body());
		assertThat(mine.get("totalItems").asInt()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("reason").asString()).isEqualTo("技术负责人材料不全");
		assertThat(level(ent, c.get(0))).isEqualTo("C");
		HttpResponse<String> again = ent.json("POST", "/api/v1/qualification-applications", filing(c));
		assertThat(again.statusCode()).isEqualTo(201);
	}

	@Test
	void anApplicationCanBeWithdrawnUntilAReviewerTakesItUp() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		List<Long> c = records.verified(operator, 1);
		String number = json(ent.json("POST", "/api/v1/qualification-applications", filing(c)).body()).get("number")
			.asString();
		HttpResponse<String> withdrawn = ent.json("POST", "/api/v1/qualification-applications/" + number + "/withdraw",
				null);
		assertThat(json(withdrawn.body()).get("status").asString()).isEqualTo("WITHDRAWN");
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		assertThat(json(reviewer.json("POST", claimPath(number), null).body()).get("code").asString())
			.isEqualTo("qualification.not_claimable");
	}

	@Test
	void anotherEnterpriseSeesNeitherTheApplicationNorCanItCiteTheRecords() {
		TestData.Operator owner = data.operator();
		TestData.Operator other = data.operator();
		List<Long> c = records.verified(owner, 1);
		WebClient ent = api(port, owner.username());
		String number = json(ent.json("POST", "/api/v1/qualification-applications", filing(c)).body()).get("number")
			.asString();
		WebClient stranger = api(port, other.username());
		HttpResponse<String> cite = stranger.json("POST", "/api/v1/qualification-applications", filing(c));
		assertThat(cite.statusCode()).isEqualTo(404);
		assertThat(json(cite.body()).get("code").asString()).isEqualTo("record.not_found");
		assertThat(stranger.json("GET", "/api/v1/qualification-applications/" + number, null).statusCode())
			.isEqualTo(404);
		assertThat(
				stranger.json("POST", "/api/v1/qualification-applications/" + number + "/withdraw", null).statusCode())
			.isEqualTo(404);
		assertThat(ent.json("POST", claimPath(number), null).statusCode()).isEqualTo(403);
		WebClient clerk = api(port, data.account(Role.CLERK));
		assertThat(clerk.json("GET", "/api/v1/qualification-queue", null).statusCode()).isEqualTo(403);
	}

	static String claimPath(String number) {
		return "/api/v1/qualification-applications/" + number + "/claim";
	}

	static String decisionPath(String number) {
		return "/api/v1/qualification-applications/" + number + "/decision";
	}

	static String level(WebClient client, long id) {
		return json(client.json("GET", "/api/v1/records/" + id, null).body()).get("level").asString();
	}

}
