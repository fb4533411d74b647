package com.dossier.hostile;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.attachment.pdf.HostilePdfs;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, items 1 and 12, over HTTP on the running application with the test JVM's
 * normal heap: the PDF bombs are refused as {@code pdf.too_complex} while the node goes
 * on serving others, a burst of inspections ends in answers rather than server errors,
 * and links to Windows shares or local files are refused like launch actions. The
 * timeouts only guard against a hang; no time is asserted.
 */
@HttpTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostilePdfTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Test
	void theTextBombIsRefusedWhileTheNodeKeepsAnsweringOthers() throws Exception {
		TestData.Operator operator = data.operator();
		HandbookRecord report = auditReport(operator);
		AtomicBoolean uploading = new AtomicBoolean(true);
		AtomicInteger served = new AtomicInteger();
		List<Integer> failed = new CopyOnWriteArrayList<>();
		ExecutorService visitor = Executors.newSingleThreadExecutor();
		Future<?> visits = visitor.submit(() -> {
			WebClient anonymous = new WebClient(port);
			while (uploading.get() || served.get() < 5) {
				int status = anonymous.get("/").statusCode();
				if (status == 200) {
					served.incrementAndGet();
				}
				else {
					failed.add(status);
				}
			}
		});
		try {
			HttpResponse<String> refused = api(operator).postMultipart(uploadPath(report),
					Map.of("kind", "audit-report"), "file", "审计报告.pdf", HostilePdfs.textBomb());
			uploading.set(false);
			visits.get(60, TimeUnit.SECONDS);

			assertProblem(refused, 422, "pdf.too_complex");
			assertThat(json(refused).get("detail").asString()).contains("PDF 过于复杂", "解压后超过 4 MB");
		}
		finally {
			uploading.set(false);
			visitor.shutdownNow();
		}
		assertThat(failed).isEmpty();
		assertThat(served.get()).isGreaterThanOrEqualTo(5);
		assertThat(attachments(operator, report)).isEmpty();
	}

	@Test
	void theRecordFormShowsTheRefusalOfTheBombs() {
		TestData.Operator operator = data.operator();
		HandbookRecord report = auditReport(operator);
		WebClient web = new WebClient(port);
		web.login(operator.username(), TestData.PASSWORD);
		String form = "/handbook/records/" + report.id() + "/edit";
		web.get(form);

		HttpResponse<String> refused = web.postMultipart("/handbook/records/" + report.id() + "/attachments",
				Map.of("kind", "audit-report"), "file", "审计报告.pdf", HostilePdfs.manyObjects(130_000));

		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(web.get(form).body()).contains("PDF 过于复杂", "上限为 50,000 个");
	}

	@Test
	void oneHundredAndThirtyThousandObjectsAreRefusedInEitherLanguage() {
		TestData.Operator operator = data.operator();
		HandbookRecord report = auditReport(operator);

		HttpResponse<String> refused = api(operator).language("en")
			.postMultipart(uploadPath(report), Map.of("kind", "audit-report"), "file", "report.pdf",
					HostilePdfs.manyObjects(130_000));

		assertProblem(refused, 422, "pdf.too_complex");
		assertThat(json(refused).get("detail").asString()).contains("too complex", "objects, the limit is 50,000");
	}

	@Test
	void aBurstOfInspectionsEndsInAcceptedOrRefusedUploadsOnly() throws Exception {
		// A third plain reports, the rest bombs: each answer is the file's own verdict or
		// "busy", never a 5xx.
		int uploads = 12;
		List<TestData.Operator> operators = new ArrayList<>();
		List<HandbookRecord> reports = new ArrayList<>();
		for (int i = 0; i < uploads; i++) {
			operators.add(data.operator());
			reports.add(auditReport(operators.get(i)));
		}
		byte[] bomb = HostilePdfs.manyObjects(130_000);
		byte[] plain = HostilePdfs.uri("https://example.org/");
		CyclicBarrier start = new CyclicBarrier(uploads);
		ExecutorService pool = Executors.newFixedThreadPool(uploads);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < uploads; i++) {
				WebClient client = api(operators.get(i));
				String path = uploadPath(reports.get(i));
				byte[] file = i % 3 == 0 ? plain : bomb;
				answers.add(pool.submit(() -> {
					start.await();
					return client.postMultipart(path, Map.of("kind", "audit-report"), "file", "x.pdf", file);
				}));
			}
			for (int i = 0; i < uploads; i++) {
				HttpResponse<String> response = answers.get(i).get(100, TimeUnit.SECONDS);
				String answer = response.statusCode() + " "
						+ (response.statusCode() == 201 ? "" : json(response).get("code").asString());
				assertThat(answer).as(response.body())
					.isIn(i % 3 == 0 ? List.of("201 ", "429 attachment.busy")
							: List.of("422 pdf.too_complex", "429 attachment.busy"));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(new WebClient(port).get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void linksToAWindowsShareOrALocalFileAreRefusedLikeLaunchActions() {
		TestData.Operator operator = data.operator();
		HandbookRecord report = auditReport(operator);
		WebClient api = api(operator);

		HttpResponse<String> remote = api.postMultipart(uploadPath(report), Map.of("kind", "audit-report"), "file",
				"x.pdf", HostilePdfs.remoteGoTo("\\\\attacker.example\\share\\x.pdf"));
		HttpResponse<String> file = api.postMultipart(uploadPath(report), Map.of("kind", "audit-report"), "file",
				"x.pdf", HostilePdfs.uri("file://attacker.example/share/x.pdf"));
		HttpResponse<String> web = api.postMultipart(uploadPath(report), Map.of("kind", "audit-report"), "file",
				"x.pdf", HostilePdfs.uri("https://example.org/annual-report"));

		assertProblem(remote, 422, "pdf.active_content");
		assertThat(json(remote).get("detail").asString()).contains("GoToR");
		assertProblem(file, 422, "pdf.active_content");
		assertThat(json(file).get("detail").asString()).contains("URI");
		assertThat(web.statusCode()).as(web.body()).isEqualTo(201);
	}

	private WebClient api(TestData.Operator operator) {
		return new WebClient(port).basic(operator.username(), TestData.PASSWORD);
	}

	private JsonNode attachments(TestData.Operator operator, HandbookRecord record) {
		return json(api(operator).get("/api/v1/records/" + record.id())).get("attachments");
	}

	private HandbookRecord auditReport(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "audit-report", Map.of("reportType", "ANNUAL", "year", "2024",
				"issueDate", "2025-03-01", "netAssets", "1000000", "totalRevenue", "5000000"));
	}

	private static String uploadPath(HandbookRecord record) {
		return "/api/v1/records/" + record.id() + "/attachments";
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(code + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("code").asString()).isEqualTo(code);
	}

}
