package com.dossier.attachment.ocr;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole scan pre-check over HTTP: an upload is queued (never read in its request), a
 * worker reads it, and the attachment JSON, the clerk's item view and the enterprise's
 * filing page show which entered values the scan shows. Needs Tesseract with chi_sim.
 */
@HttpTest
class ScanPrecheckTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	OcrQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aScanShowingTheRecordsValuesHasThemAllFoundAndTheClerkSeesIt() {
		TesseractCliTests.assumeInstalled();
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		HttpResponse<String> created = upload(api, record, invoice("型号：QTZ80"));
		long id = json(created).get("id").asLong();
		assertThat(json(created).get("ocr").get("status").asString()).isEqualTo("PENDING");

		assertThat(queue.runOnce(id, "test-worker")).isTrue();

		JsonNode ocr = json(api.get("/api/v1/attachments/" + id)).get("ocr");
		assertThat(ocr.get("status").asString()).isEqualTo("DONE");
		assertThat(ocr.get("matches").valueStream().map(m -> m.get("field").asString() + "=" + m.get("found")))
			.as(ocr.get("text").asString())
			.containsExactly("name=true", "model=true");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'attachment.ocr' and target = ?")
			.param("attachment:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);

		String number = file(api, record);
		TestData.Operator other = data.operator();
		assertThat(new WebClient(port).basic(other.username(), TestData.PASSWORD)
			.get("/api/v1/attachments/" + id)
			.statusCode()).isEqualTo(404);
		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		String item = clerk.get("/clerk/applications/" + number + "/items/" + record.id()).body();
		assertThat(item).contains("id=\"scan-check-" + id + "\"")
			.contains("data-found=\"yes\"")
			.doesNotContain("data-found=\"no\"")
			.contains("id=\"scan-text-" + id + "\"")
			.contains("塔式起重机");
	}

	@Test
	void aScanWithoutTheModelHasTheModelNotFoundAndTheEnterpriseIsToldBeforeFiling() {
		TesseractCliTests.assumeInstalled();
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		long id = json(upload(api, record, invoice("型号：QTZ63"))).get("id").asLong();
		assertThat(queue.runOnce(id, "test-worker")).isTrue();

		JsonNode ocr = json(api.get("/api/v1/attachments/" + id)).get("ocr");
		assertThat(ocr.get("matches").valueStream().map(m -> m.get("field").asString() + "=" + m.get("found")))
			.as(ocr.get("text").asString())
			.containsExactly("name=true", "model=false");

		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		String filing = browser.get("/handbook/verification?section=equipment").body();
		assertThat(filing).contains("扫描件中未识别到 型号 QTZ80").contains("id=\"pick-" + record.id() + "\"");
		String english = browser.language("en").get("/handbook/verification?section=equipment").body();
		assertThat(english).contains("The scan does not appear to show Model QTZ80");

		// a hint, never a refusal: the record files as before
		String number = file(api, record);
		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerk.get("/clerk/applications/" + number + "/items/" + record.id()).body())
			.contains("data-found=\"no\"");
	}

	HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment", Map.of("name", "塔式起重机", "model", "QTZ80", "origin",
				"中国", "manufactureDate", "2020-05-01", "quantity", "1", "originalValue", "120", "netValue", "80"));
	}

	/** Always new bytes (the database may keep earlier runs' readings), the same text. */
	static byte[] invoice(String modelLine) {
		return TestScans.jpeg(List.of("增值税专用发票", "货物名称：塔式起重机", modelLine, "数量：1台", "金额：120万元"),
				new TestScans.Spoil(0.003, 0.6, 0.75f), 11, System.nanoTime());
	}

	static HttpResponse<String> upload(WebClient api, HandbookRecord record, byte[] scan) {
		HttpResponse<String> created = api.postMultipart("/api/v1/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "invoice.jpg", scan);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created;
	}

	static String file(WebClient api, HandbookRecord record) {
		HttpResponse<String> filed = api.json("POST", "/api/v1/verification-applications",
				"{\"recordIds\":[" + record.id() + "]}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return json(filed).get("number").asString();
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
