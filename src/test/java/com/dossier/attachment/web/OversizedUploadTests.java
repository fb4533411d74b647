package com.dossier.attachment.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads above their ceiling (11 MB for the API, 30 MB and its envelope for the record
 * form, where 图片自动调整 takes scans) get the same clear refusal as any other file too large:
 * problem+json with {@code attachment.too_large} for the API, the record form with the
 * message for the page — with or without a Content-Length — and nothing is stored; a
 * normal upload still goes through.
 */
@HttpTest
class OversizedUploadTests {

	private static final byte[] HUGE = new byte[12 * 1024 * 1024];

	/** Above what the record form takes for 图片自动调整 (30 MB). */
	private static final byte[] HUGE_SCAN = new byte[32 * 1024 * 1024];

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiAnswersAProblemInTheRequestsLanguageAndStoresNothing() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		AttachmentClient api = new AttachmentClient(port, operator.username());

		HttpResponse<String> refused = api.upload(record.id(), "invoice", "huge.jpg", HUGE);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		JsonNode problem = AttachmentClient.json(refused);
		assertThat(problem.get("code").asString()).isEqualTo("attachment.too_large");
		// The size is the request's (the part and its envelope): the body is never read
		// to measure the file.
		assertThat(problem.get("detail").asString()).matches("文件大小为 12,288(\\.\\d)? KB，超过上传上限 2,048 KB");
		JsonNode english = AttachmentClient.json(api.language("en").upload(record.id(), "invoice", "huge.jpg", HUGE));
		assertThat(english.get("detail").asString()).contains("above the upload limit of 2,048 KB");

		assertThat(AttachmentClient.json(api.get("/api/v1/records/" + record.id())).get("attachments")).isEmpty();
		assertThat(api.upload(record.id(), "invoice", "发票.jpg", AttachmentApiTests.GOOD_SCAN).statusCode())
			.isEqualTo(201);
	}

	@Test
	void aChunkedUploadWithoutALengthGetsTheSameProblem() throws Exception {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		String boundary = "----dossier-chunked";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ninvoice\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(HUGE);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] bytes = body.toByteArray();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/records/" + record.id() + "/attachments"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((operator.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();

		HttpResponse<String> refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(AttachmentClient.json(refused).get("code").asString()).isEqualTo("attachment.too_large");
		assertThat(handbook.get(operator.enterpriseId(), record.id())).isNotNull();
		assertThat(jdbc.sql("select count(*) from attachment where record_id = ?")
			.param(record.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFormGoesBackToTheRecordWithTheMessageAndTheRefusalIsAudited() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = equipment(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		String edit = "/handbook/records/" + record.id() + "/edit";
		web.get(edit);

		HttpResponse<String> refused = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "huge.jpg", HUGE_SCAN);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(refused)).isEqualTo(edit);
		assertThat(web.get(edit).body()).containsPattern("文件大小为 32,768(\\.\\d)? KB，超过上传上限 30,720 KB")
			.contains("尚未上传“发票等证明文件”");
		List<String> audited = jdbc.sql(
				"select actor || ' ' || detail from audit_event where action = 'attachment.upload' and outcome = 'FAILURE' and target = ?")
			.param("record:" + record.id())
			.query(String.class)
			.list();
		assertThat(audited).singleElement()
			.satisfies(a -> assertThat(a).matches(operator.username() + " attachment.too_large 32,768(\\.\\d)? KB"));

		HttpResponse<String> uploaded = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "发票.jpg", AttachmentApiTests.GOOD_SCAN);
		assertThat(WebClient.location(uploaded)).isEqualTo(edit);
		assertThat(web.get(edit).body()).contains("发票.jpg").doesNotContain("尚未上传“发票等证明文件”");
	}

	@Test
	void anUnsignedOrUnknownUploadIsStillAnsweredCleanly() {
		WebClient anonymous = new WebClient(port);
		HttpResponse<String> api = anonymous.postMultipart("/api/v1/elsewhere", Map.of(), "file", "x", HUGE);
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("\"code\":\"request.too_large\"");
		HttpResponse<String> page = anonymous.postMultipart("/handbook/records/1/attachments", Map.of(), "file", "x",
				HUGE_SCAN);
		assertThat(page.statusCode()).isEqualTo(413);
	}

	private HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "水准仪", "model", "DS-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2019-05-01", "quantity", "1", "originalValue", "3000", "netValue", "1000"));
	}

}
