package com.dossier.attachment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.image.JpegEncoder;
import com.dossier.attachment.record.AttachmentUploads;
import com.dossier.attachment.storage.BlobId;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attachment API of DESIGN §9 over real HTTP: upload, refusals, content, delete,
 * limits. Who may read and write, locks, revisions and readiness:
 * {@link RecordAttachmentsTests}.
 */
@HttpTest
class AttachmentApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	JdbcClient jdbc;

	static final byte[] GOOD_SCAN = TestImages.jpeg(794, 1123, 96);

	@Test
	void uploadsAScanThatTheRecordListsAndServesSafely() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = fixtures().equipment(operator);
		AttachmentClient api = new AttachmentClient(port, operator.username());

		HttpResponse<String> created = api.upload(record.id(), "invoice", "..\\..\\发票 \"1\".jpg", GOOD_SCAN);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = AttachmentClient.json(created);
		long id = body.get("id").asLong();
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(l -> l.endsWith("/api/v1/attachments/" + id));
		assertThat(body.get("kind").asString()).isEqualTo("invoice");
		assertThat(body.get("fileName").asString()).isEqualTo("发票 1.jpg");
		assertThat(body.get("size").asLong()).isEqualTo(GOOD_SCAN.length);
		assertThat(body.get("sha256").asString()).isEqualTo(BlobId.of(GOOD_SCAN).sha256());
		assertThat(body.get("warnings").isArray()).isTrue();

		JsonNode json = AttachmentClient.json(api.get("/api/v1/records/" + record.id()));
		assertThat(json.get("attachments")).hasSize(1);
		assertThat(json.get("attachments").get(0).get("id").asLong()).isEqualTo(id);
		JsonNode page = AttachmentClient.json(api.get("/api/v1/sections/equipment/records?size=100"));
		assertThat(page.get("items")
			.valueStream()
			.filter(r -> r.get("id").asLong() == record.id())
			.findFirst()
			.orElseThrow()
			.get("attachments")).hasSize(1);

		HttpResponse<byte[]> download = api.content(id, false);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(GOOD_SCAN);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8%201.jpg");
		assertThat(api.content(id, true).headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("inline;");
		assertThat(download.headers().allValues("Content-Security-Policy"))
			.containsExactly(ContentResponse.IMAGE_POLICY);
		assertThat(audit("attachment.upload", "SUCCESS", "record:" + record.id())).isEqualTo(1);
		assertThat(audit("attachment.download", "SUCCESS", "attachment:" + id)).isEqualTo(2);
	}

	@Test
	void everyRefusalReachesTheClientAs422WithItsCodeAndNothingIsStored() throws IOException {
		TestData.Operator operator = data.operator();
		HandbookRecord record = fixtures().equipment(operator);
		HandbookRecord report = auditReport(operator);
		AttachmentClient api = new AttachmentClient(port, operator.username());
		byte[] pdf = TestPdfs.text("报告");
		Map<String, byte[]> images = Map.of("image.not_jpeg", TestImages.png(TestImages.page(200, 200, 1, false)),
				"image.too_large", TestImages.paddedTo(GOOD_SCAN, 400_000), "image.dpi_out_of_range",
				TestImages.jpeg(400, 400, 300), "image.dpi_missing",
				TestImages.jpeg(400, 400, JpegEncoder.Units.NONE, 1, false), "image.too_many_pixels",
				TestImages.claimingSize(TestImages.jpeg(64, 64, 96), 60_000, 60_000), "image.corrupt",
				java.util.Arrays.copyOf(GOOD_SCAN, GOOD_SCAN.length / 2));
		Map<String, byte[]> pdfs = Map.of("pdf.not_pdf", GOOD_SCAN, "pdf.too_large", TestPdfs.paddedTo(pdf, 1_100_000),
				"pdf.encrypted", encrypted(), "pdf.active_content", withJavaScript(), "pdf.corrupt",
				java.util.Arrays.copyOf(pdf, pdf.length / 2));

		images.forEach((code, file) -> assertRefused(api.upload(record.id(), "invoice", "x.jpg", file), code));
		pdfs.forEach((code, file) -> assertRefused(api.upload(report.id(), "audit-report", "x.pdf", file), code));
		assertRefused(api.upload(record.id(), "audit-report", "x.pdf", pdf), "attachment.unknown_kind");
		assertProblem(api.upload(report.id(), "audit-report", "big.pdf", TestPdfs.paddedTo(pdf, 3_000_000)), 413,
				"attachment.too_large");
		// Beyond the container's multipart ceiling too: refused before the body is read
		// (OversizedUploadTests).
		assertProblem(api.upload(record.id(), "invoice", "huge.jpg", new byte[12 * 1024 * 1024]), 413,
				"attachment.too_large");

		HttpResponse<String> english = api.language("en")
			.upload(record.id(), "invoice", "x.jpg", TestImages.jpeg(400, 400, 300));
		assertThat(AttachmentClient.json(english).get("detail").asString()).contains("300");
		assertThat(handbook.get(operator.enterpriseId(), record.id())).isNotNull();
		assertThat(AttachmentClient.json(api.get("/api/v1/records/" + record.id())).get("attachments")).isEmpty();
		assertThat(audit("attachment.upload", "FAILURE", "record:" + record.id())).isEqualTo(images.size() + 1);
		assertThat(jdbc.sql("select detail from audit_event where action = 'attachment.upload' and target = ?")
			.param("record:" + report.id())
			.query(String.class)
			.list()).anyMatch(d -> d.contains("pdf.encrypted"));
	}

	@Test
	void anAuditReportIsCheckedForTheEnterpriseNameAndTheWarningsComeBack() {
		TestData.Operator operator = data.operator();
		HandbookRecord report = auditReport(operator);
		AttachmentClient api = new AttachmentClient(port, operator.username());

		HttpResponse<String> created = api.upload(report.id(), "audit-report", "审计报告.pdf",
				TestPdfs.text("Some other company annual report with enough letters", "no balance sheet"));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<String> codes = AttachmentClient.json(created)
			.get("warnings")
			.valueStream()
			.map(w -> w.get("code").asString())
			.toList();
		assertThat(codes).contains("pdf.enterprise_name_missing");
		HttpResponse<byte[]> pdf = api.content(AttachmentClient.json(created).get("id").asLong(), true);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
		assertThat(pdf.headers().allValues("Content-Security-Policy")).containsExactly(ContentResponse.PDF_POLICY);
	}

	@Test
	void deletingKeepsTheRowForHistoryButTheEnterpriseNoLongerSeesIt() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = fixtures().equipment(owner);
		long id = fixtures().uploaded(owner, record);
		AttachmentClient api = new AttachmentClient(port, owner.username());

		assertThat(api.delete(id).statusCode()).isEqualTo(204);

		assertThat(api.content(id, false).statusCode()).isEqualTo(404);
		assertThat(api.delete(id).statusCode()).isEqualTo(404);
		assertThat(AttachmentClient.json(api.get("/api/v1/records/" + record.id())).get("attachments")).isEmpty();
		assertThat(jdbc.sql("select deleted_by from attachment where id = ?").param(id).query(String.class).single())
			.isEqualTo(owner.username());
		fixtures().uploaded(owner, record);
		fixtures().file(owner, record);
		assertThat(new AttachmentClient(port, data.account(Role.CLERK)).content(id, false).statusCode())
			.as("the clerk reads the filed record's history")
			.isEqualTo(200);
		assertThat(audit("attachment.delete", "SUCCESS", "record:" + record.id())).isEqualTo(1);
	}

	@Test
	void limitsFilesPerKind() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = fixtures().equipment(owner);
		AttachmentClient api = new AttachmentClient(port, owner.username());
		for (int i = 0; i < AttachmentUploads.MAX_PER_KIND; i++) {
			assertThat(api.upload(record.id(), "invoice", i + ".jpg", GOOD_SCAN).statusCode()).isEqualTo(201);
		}
		assertRefused(api.upload(record.id(), "invoice", "one-more.jpg", GOOD_SCAN), "attachment.kind_full");
	}

	private HandbookRecord auditReport(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "audit-report", Map.of("reportType", "ANNUAL", "year", "2024",
				"issueDate", "2025-03-01", "netAssets", "1000000", "totalRevenue", "5000000"));
	}

	private long audit(String action, String outcome, String target) {
		return jdbc.sql("select count(*) from audit_event where action = ? and outcome = ? and target = ?")
			.params(action, outcome, target)
			.query(Long.class)
			.single();
	}

	private static void assertRefused(HttpResponse<String> response, String code) {
		assertProblem(response, 422, code);
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(code + ": " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(AttachmentClient.json(response).get("code").asString()).isEqualTo(code);
	}

	private static byte[] encrypted() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("机密")) {
			doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
			return TestPdfs.save(doc);
		}
	}

	private static byte[] withJavaScript() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("脚本")) {
			doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	private RecordFixtures fixtures() {
		return new RecordFixtures(port, handbook);
	}

}
