package com.dossier.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attacks on filing (原件校对) and 变更: refused filings must not use up the day's numbers,
 * parallel 变更 must not open two revisions, and a scan deleted while its record is filed
 * must not leave a pending record without it.
 */
@HttpTest
class HostileFilingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	TestAttachments attachments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusedFilingsTakeNoApplicationNumber() {
		TestData.Operator operator = data.operator();
		WebClient api = api(operator);
		String first = file(api, ready(operator)).get("number").asString();
		long notReady = handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", 3))
			.id();
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> refused = api.json("POST", "/api/v1/verification-applications", filing(notReady));
			assertThat(refused.statusCode()).isEqualTo(422);
		}
		String next = file(api, ready(operator)).get("number").asString();
		assertThat(sequence(next)).isEqualTo(sequence(first) + 1);
	}

	@Test
	void runningOutOfNumbersIsAClearRefusalAndSavesNothing() {
		TestData.Operator operator = data.operator();
		WebClient api = api(operator);
		String before = file(api, ready(operator)).get("number").asString();
		LocalDate day = LocalDate.parse(before.substring(1, 9), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
		long record = ready(operator);
		jdbc.sql("update verification_sequence set last_number = 99999 where seq_day = ?").param(day).update();
		try {
			HttpResponse<String> refused = api.json("POST", "/api/v1/verification-applications", filing(record));
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(json(refused.body()).get("code").asString()).isEqualTo("application.numbers_exhausted");
			assertThat(json(refused.body()).get("detail").asString()).contains("申请编号");
			assertThat(json(api.json("GET", "/api/v1/records/" + record, null).body()).get("status").asString())
				.isEqualTo("DRAFT");
		}
		finally {
			jdbc.sql("update verification_sequence set last_number = ? where seq_day = ?")
				.params(sequence(before), day)
				.update();
		}
	}

	@Test
	void oneEnterpriseCannotFileWithoutEnd() {
		TestData.Operator operator = data.operator();
		WebClient api = api(operator);
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		for (int i = 0; i < 200; i++) {
			// as if filed and withdrawn 200 times today: each of them took one of the
			// day's numbers
			jdbc.sql("""
					insert into verification_application (app_number, enterprise_id, enterprise_name,
					  enterprise_credit_code, status, submitted_at, submitted_by, closed_at, version)
					values (?, ?, '测试企业', ?, 'WITHDRAWN', ?, ?, ?, 2)""")
				.params(String.format("W%08d%05d", operator.enterpriseId() % 100_000_000, i), operator.enterpriseId(),
						operator.creditCode(), now, operator.username(), now)
				.update();
		}
		long record = ready(operator);
		HttpResponse<String> refused = api.json("POST", "/api/v1/verification-applications", filing(record));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(json(refused.body()).get("code").asString()).isEqualTo("application.daily_limit");
		assertThat(json(api.json("GET", "/api/v1/records/" + record, null).body()).get("status").asString())
			.isEqualTo("DRAFT");
	}

	@Test
	void doubleClickOnChangeOpensOneRevision() {
		TestData.Operator operator = data.operator();
		WebClient api = api(operator);
		long original = ready(operator);
		lifecycle.markPending(operator.enterpriseId(), List.of(original));
		lifecycle.verify(original);
		// signed in once before, as a person double-clicking is: a first burst of
		// parallel sign-ins from a new address
		// meets the sign-in throttle's rule for concurrent guesses instead (see
		// LoginThrottle)
		assertThat(api.json("GET", "/api/v1/records/" + original, null).statusCode()).isEqualTo(200);

		List<Integer> answers = Race.times(8,
				() -> api.json("POST", "/api/v1/records/" + original + "/revision", null).statusCode());

		assertThat(answers).containsOnly(200, 201).containsOnlyOnce(201);
		HttpResponse<String> list = api.json("GET", "/api/v1/sections/equipment/records?size=100", null);
		assertThat(list.statusCode()).isEqualTo(200);
		long open = 0;
		for (JsonNode item : json(list.body()).get("items")) {
			if (item.hasNonNull("revisionOf") && item.get("revisionOf").asLong() == original) {
				open++;
			}
		}
		assertThat(open).isEqualTo(1);
		assertThat(new WebClient(port).basic(operator.username(), TestData.PASSWORD)
			.get("/handbook/sections/equipment")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aScanDeletedWhileItsRecordIsFiledNeverLeavesAPendingRecordWithoutIt() {
		TestData.Operator operator = data.operator();
		WebClient api = api(operator);
		for (int trial = 0; trial < 12; trial++) {
			long record = ready(operator);
			long scan = json(api.json("GET", "/api/v1/records/" + record, null).body()).get("attachments")
				.get(0)
				.get("id")
				.asLong();
			List<Integer> answers = Race.run(
					() -> api.json("POST", "/api/v1/verification-applications", filing(record)).statusCode(),
					() -> api.json("DELETE", "/api/v1/attachments/" + scan, null).statusCode());
			boolean filed = answers.get(0) == 201;
			boolean deleted = answers.get(1) / 100 == 2;
			assertThat(filed && deleted).as("trial %d: both the filing and the deletion succeeded", trial).isFalse();
			JsonNode now = json(api.json("GET", "/api/v1/records/" + record, null).body());
			if (now.get("status").asString().equals("PENDING")) {
				assertThat(now.get("attachments")).isNotEmpty();
			}
		}
	}

	private long ready(TestData.Operator operator) {
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment",
				HandbookSamples.sample("equipment", 2));
		return attachments.attachRequired(r).id();
	}

	private JsonNode file(WebClient api, long record) {
		HttpResponse<String> filed = api.json("POST", "/api/v1/verification-applications", filing(record));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return json(filed.body());
	}

	private WebClient api(TestData.Operator operator) {
		return new WebClient(port).basic(operator.username(), TestData.PASSWORD);
	}

	private static String filing(long record) {
		return JSON.writeValueAsString(Map.of("recordIds", List.of(record)));
	}

	private static int sequence(String number) {
		return Integer.parseInt(number.substring(9));
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

}
