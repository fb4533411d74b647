package com.dossier.verification;

import static com.dossier.verification.VerificationTestData.api;
import static com.dossier.verification.VerificationTestData.decision;
import static com.dossier.verification.VerificationTestData.filing;
import static com.dossier.verification.VerificationTestData.json;
import static com.dossier.verification.VerificationTestData.readyRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.dossier.audit.AuditFilter;
import com.dossier.audit.AuditLog;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 原件校对 over HTTP: filing freezes records, a clerk claims and decides, levels move, the
 * public sees progress.
 */
@HttpTest
class VerificationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	AuditLog audit;

	/**
	 * The list reads the items of a whole page at once: each application keeps its own.
	 */
	@Test
	void theListShowsEachApplicationWithItsOwnItemsInOrder() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		List<List<Long>> filed = List.of(
				List.of(readyRecord(handbook, attachments, operator.enterpriseId()),
						readyRecord(handbook, attachments, operator.enterpriseId())),
				List.of(readyRecord(handbook, attachments, operator.enterpriseId())),
				List.of(readyRecord(handbook, attachments, operator.enterpriseId()),
						readyRecord(handbook, attachments, operator.enterpriseId()),
						readyRecord(handbook, attachments, operator.enterpriseId())));
		List<String> numbers = new java.util.ArrayList<>();
		for (List<Long> ids : filed) {
			HttpResponse<String> answer = ent.json("POST", "/api/v1/verification-applications", filing(ids));
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			numbers.add(json(answer.body()).get("number").asString());
		}
		JsonNode list = json(ent.json("GET", "/api/v1/verification-applications", null).body());
		assertThat(list.get("totalItems").asInt()).isEqualTo(3);
		for (JsonNode a : list.get("items")) {
			int i = numbers.indexOf(a.get("number").asString());
			List<Long> recordIds = new java.util.ArrayList<>();
			a.get("items").forEach(item -> recordIds.add(item.get("recordId").asLong()));
			assertThat(recordIds).as(a.get("number").asString()).isEqualTo(filed.get(i));
		}
	}

	@Test
	void theWholeFlowTakesRecordsFromDToCOrRejectsThemWithAReason() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		long pass = readyRecord(handbook, attachments, operator.enterpriseId());
		long fail = readyRecord(handbook, attachments, operator.enterpriseId());

		HttpResponse<String> filed = ent.json("POST", "/api/v1/verification-applications", filing(List.of(pass, fail)));
		assertThat(filed.statusCode()).isEqualTo(201);
		JsonNode application = json(filed.body());
		String number = application.get("number").asString();
		assertThat(number).matches("W\\d{13}");
		assertThat(application.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(application.get("contact").get("name").asString()).isEqualTo("测试联系人");
		assertThat(application.get("items")).hasSize(2);
		assertThat(filed.headers().firstValue("Location")).hasValue("/api/v1/verification-applications/" + number);

		JsonNode frozen = json(ent.json("GET", "/api/v1/records/" + pass, null).body());
		assertThat(frozen.get("status").asString()).isEqualTo("PENDING");
		HttpResponse<String> edit = ent.json("PUT", "/api/v1/records/" + pass,
				"{\"data\":{\"name\":\"x\"},\"version\":" + frozen.get("version").asInt() + "}");
		assertThat(edit.statusCode()).isEqualTo(409);
		assertThat(json(edit.body()).get("code").asString()).isEqualTo("record.pending");
		HttpResponse<String> again = ent.json("POST", "/api/v1/verification-applications", filing(List.of(pass)));
		assertThat(json(again.body()).get("code").asString()).isEqualTo("record.pending");

		WebClient clerk = api(port, data.account(Role.CLERK));
		HttpResponse<String> early = clerk.json("POST", decisionPath(number, pass), decision("PASS", null));
		assertThat(json(early.body()).get("code").asString()).isEqualTo("application.not_claimed_by_you");
		HttpResponse<String> claimed = clerk.json("POST", "/api/v1/verification-applications/" + number + "/claim",
				null);
		assertThat(claimed.statusCode()).isEqualTo(200);
		assertThat(json(claimed.body()).get("status").asString()).isEqualTo("IN_PROGRESS");

		HttpResponse<String> noReason = clerk.json("POST", decisionPath(number, fail), decision("FAIL", " "));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(clerk.json("POST", decisionPath(number, pass), decision("PASS", null)).statusCode()).isEqualTo(200);
		HttpResponse<String> passTwice = clerk.json("POST", decisionPath(number, pass), decision("FAIL", "未提供原件"));
		assertThat(passTwice.statusCode()).isEqualTo(409);
		assertThat(json(passTwice.body()).get("code").asString()).isEqualTo("item.already_decided");
		JsonNode done = json(clerk.json("POST", decisionPath(number, fail), decision("FAIL", "扫描件不清晰")).body());
		assertThat(done.get("status").asString()).isEqualTo("COMPLETED");

		JsonNode verified = json(ent.json("GET", "/api/v1/records/" + pass, null).body());
		assertThat(verified.get("level").asString()).isEqualTo("C");
		JsonNode rejected = json(ent.json("GET", "/api/v1/records/" + fail, null).body());
		assertThat(rejected.get("level").asString()).isEqualTo("D");
		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("rejectionReason").asString()).isEqualTo("扫描件不清晰");
		JsonNode list = json(ent.json("GET", "/api/v1/verification-applications", null).body());
		assertThat(list.get("totalItems").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("number").asString()).isEqualTo(number);
		JsonNode mine = json(ent.json("GET", "/api/v1/verification-applications/" + number, null).body());
		assertThat(mine.get("items").get(1).get("decision").asString()).isEqualTo("FAIL");
		assertThat(mine.get("items").get(1).get("reason").asString()).isEqualTo("扫描件不清晰");

		JsonNode status = json(new WebClient(port).get("/api/v1/public/applications/" + number).body());
		assertThat(status.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(status.get("itemCount").asInt()).isEqualTo(2);
		assertThat(status.get("decidedCount").asInt()).isEqualTo(2);
		assertThat(status.has("contact")).isFalse();

		JsonNode history = json(ent.json("GET", "/api/v1/records/" + pass + "/history", null).body());
		assertThat(history.findValuesAsString("status")).contains("PENDING", "VERIFIED");
		assertThat(history.findValuesAsString("level")).contains("D", "C");

		var entries = audit.latest(new AuditFilter(null, null, null, operator.enterpriseId(), null, null), 50);
		assertThat(entries).extracting(e -> e.action())
			.contains("verification.filed", "verification.claimed", "verification.decided");
	}

	@Test
	void anApplicationCanBeWithdrawnOnlyUntilAClerkTakesItUp() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		String first = file(ent, record);
		HttpResponse<String> withdrawn = ent.json("POST", "/api/v1/verification-applications/" + first + "/withdraw",
				null);
		assertThat(json(withdrawn.body()).get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(json(ent.json("GET", "/api/v1/records/" + record, null).body()).get("status").asString())
			.isEqualTo("DRAFT");

		String second = file(ent, record);
		WebClient clerk = api(port, data.account(Role.CLERK));
		clerk.json("POST", "/api/v1/verification-applications/" + second + "/claim", null);
		HttpResponse<String> refused = ent.json("POST", "/api/v1/verification-applications/" + second + "/withdraw",
				null);
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused.body()).get("code").asString()).isEqualTo("application.not_withdrawable");
		HttpResponse<String> claimWithdrawn = clerk.json("POST",
				"/api/v1/verification-applications/" + first + "/claim", null);
		assertThat(json(claimWithdrawn.body()).get("code").asString()).isEqualTo("application.not_claimable");
		var entries = audit
			.latest(new AuditFilter(null, "verification.withdrawn", null, operator.enterpriseId(), null, null), 10);
		assertThat(entries).extracting(e -> e.target()).containsExactly("application:" + first);
	}

	@Test
	void anotherEnterpriseCannotSeeOrWithdrawTheApplication() {
		TestData.Operator owner = data.operator();
		String number = file(api(port, owner.username()), readyRecord(handbook, attachments, owner.enterpriseId()));
		WebClient other = api(port, data.operator().username());
		assertThat(other.json("GET", "/api/v1/verification-applications/" + number, null).statusCode()).isEqualTo(404);
		assertThat(other.json("POST", "/api/v1/verification-applications/" + number + "/withdraw", null).statusCode())
			.isEqualTo(404);
		HttpResponse<String> othersRecord = other.json("POST", "/api/v1/verification-applications",
				filing(List.of(readyRecord(handbook, attachments, owner.enterpriseId()))));
		assertThat(othersRecord.statusCode()).isEqualTo(404);
		assertThat(other.json("GET", "/api/v1/verification-applications/W2026", null).statusCode()).isEqualTo(400);
	}

	@Test
	void twoClerksRacingForOneApplicationAndOneItemGetOneAnswerEach() throws Exception {
		TestData.Operator operator = data.operator();
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		String number = file(api(port, operator.username()), record);
		String nameA = data.account(Role.CLERK);
		String nameB = data.account(Role.CLERK);
		WebClient a = api(port, nameA);
		WebClient b = api(port, nameB);
		String claim = "/api/v1/verification-applications/" + number + "/claim";
		var ca = CompletableFuture.supplyAsync(() -> a.json("POST", claim, null));
		var cb = CompletableFuture.supplyAsync(() -> b.json("POST", claim, null));
		List<HttpResponse<String>> claims = List.of(ca.get(), cb.get());
		assertThat(claims).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> loser = claims.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
		String winner = json(claims.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body())
			.get("claimedBy")
			.asString();
		assertThat(json(loser.body()).get("code").asString()).isEqualTo("application.already_claimed");
		assertThat(json(loser.body()).get("detail").asString()).contains(winner);

		WebClient holder = winner.equals(nameA) ? a : b;
		WebClient other = winner.equals(nameA) ? b : a;
		assertThat(json(other.json("POST", decisionPath(number, record), decision("PASS", null)).body()).get("code")
			.asString()).isEqualTo("application.not_claimed_by_you");
		var d1 = CompletableFuture
			.supplyAsync(() -> holder.json("POST", decisionPath(number, record), decision("PASS", null)));
		var d2 = CompletableFuture
			.supplyAsync(() -> holder.json("POST", decisionPath(number, record), decision("FAIL", "未提供原件")));
		assertThat(List.of(d1.get(), d2.get())).extracting(HttpResponse::statusCode)
			.containsExactlyInAnyOrder(200, 409);
	}

	@Test
	void everyEndpointChecksTheRole() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		String number = file(ent, readyRecord(handbook, attachments, operator.enterpriseId()));
		WebClient clerk = api(port, data.account(Role.CLERK));
		WebClient reviewer = api(port, data.account(Role.REVIEWER));
		WebClient anonymous = new WebClient(port);
		String base = "/api/v1/verification-applications";
		assertThat(clerk.json("POST", base, filing(List.of(1L))).statusCode()).isEqualTo(403);
		assertThat(clerk.json("POST", base + "/" + number + "/withdraw", null).statusCode()).isEqualTo(403);
		assertThat(ent.json("POST", base + "/" + number + "/claim", null).statusCode()).isEqualTo(403);
		assertThat(ent.json("POST", decisionPath(number, 1), decision("PASS", null)).statusCode()).isEqualTo(403);
		assertThat(ent.json("GET", "/api/v1/verification-queue", null).statusCode()).isEqualTo(403);
		assertThat(reviewer.json("GET", base + "/" + number, null).statusCode()).isEqualTo(403);
		assertThat(anonymous.json("GET", base + "/" + number, null).statusCode()).isEqualTo(401);
		assertThat(anonymous.json("GET", "/api/v1/verification-queue", null).statusCode()).isEqualTo(401);
		assertThat(clerk.json("GET", base + "/" + number, null).statusCode()).isEqualTo(200);
	}

	@Test
	void theQueueListsOpenApplicationsOldestFirstAndFilters() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		String older = file(ent, readyRecord(handbook, attachments, operator.enterpriseId()));
		String newer = file(ent, readyRecord(handbook, attachments, operator.enterpriseId()));
		WebClient clerk = api(port, data.account(Role.CLERK));
		JsonNode page = json(
				clerk.json("GET", "/api/v1/verification-queue?size=100&enterprise=" + operator.creditCode(), null)
					.body());
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("items").get(0).get("number").asString()).isEqualTo(older);
		assertThat(page.get("items").get(1).get("number").asString()).isEqualTo(newer);
		assertThat(page.get("size").asInt()).isEqualTo(100);
		assertThat(page.get("next").isNull()).isTrue();
		assertThat(page.get("previous").isNull()).isTrue();
		assertThat(page.has("totalItems")).isFalse();
		clerk.json("POST", "/api/v1/verification-applications/" + older + "/claim", null);
		JsonNode inProgress = json(clerk
			.json("GET", "/api/v1/verification-queue?status=IN_PROGRESS&enterprise=" + operator.creditCode(), null)
			.body());
		assertThat(inProgress.get("items")).hasSize(1);
		String day = older.substring(1, 5) + "-" + older.substring(5, 7) + "-" + older.substring(7, 9);
		JsonNode byDay = json(clerk
			.json("GET", "/api/v1/verification-queue?date=" + day + "&enterprise=" + operator.creditCode(), null)
			.body());
		assertThat(byDay.get("items")).hasSize(2);
		JsonNode otherDay = json(clerk
			.json("GET", "/api/v1/verification-queue?date=2020-01-01&enterprise=" + operator.creditCode(), null)
			.body());
		assertThat(otherDay.get("items")).isEmpty();
	}

	private static String file(WebClient client, long record) {
		HttpResponse<String> r = client.json("POST", "/api/v1/verification-applications", filing(List.of(record)));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json(r.body()).get("number").asString();
	}

	private static String decisionPath(String number, long record) {
		return "/api/v1/verification-applications/" + number + "/items/" + record + "/decision";
	}

}
