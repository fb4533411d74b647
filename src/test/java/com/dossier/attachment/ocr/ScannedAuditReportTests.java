package com.dossier.attachment.ocr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scanned audit report (a PDF of pictures, no text) is "not machine-checked" at upload;
 * once read, it gets the text PDF's content checks — the enterprise name on page 1, a
 * 资产负债表 page — from the recognised text, beside the year its kind says it shows.
 */
@HttpTest
class ScannedAuditReportTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	OcrQueue queue;

	@Test
	void aScannedReportGetsTheContentChecksFromItsRecognisedText() {
		TestData.Operator operator = data.operator();
		// a name of Chinese characters only: the test's generated names end in letters
		// and digits
		Enterprise e = enterprises.get(operator.enterpriseId());
		String name = "华东审计测试建设有限公司";
		enterprises.update(e.id(), e.version(), new EnterpriseData(e.creditCode(), name, e.region(),
				e.foreignInvested(), e.address(), e.legalRepresentative(), e.registeredCapital(), e.establishedOn()));
		HandbookRecord record = handbook.create(operator.enterpriseId(), "audit-report", Map.of("reportType", "ANNUAL",
				"year", "2023", "issueDate", "2024-03-15", "netAssets", "500", "totalRevenue", "1000"));
		byte[] pdf = scannedPdf(List.of(List.of(name, "2023年度审计报告", "审计报告编号 " + System.nanoTime()),
				List.of("资产负债表", "2023年12月31日", "单位：元")));
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		var created = api.postMultipart("/api/v1/records/" + record.id() + "/attachments",
				Map.of("kind", "audit-report"), "file", "report.pdf", pdf);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = ScanPrecheckTests.json(created);
		assertThat(body.get("warnings").valueStream().map(w -> w.get("code").asString()))
			.contains("pdf.not_machine_checked");
		long id = body.get("id").asLong();

		assertThat(queue.runOnce(id, "test-worker")).isTrue();

		JsonNode ocr = ScanPrecheckTests.json(api.get("/api/v1/attachments/" + id)).get("ocr");
		assertThat(ocr.get("status").asString()).isEqualTo("DONE");
		assertThat(ocr.get("matches").valueStream().map(m -> m.get("field").asString() + "=" + m.get("found")))
			.as(ocr.get("text").asString())
			.containsExactly("year=true", "enterpriseName=true", "balanceSheet=true");
	}

	/** One A4 page per scan, each only a picture. */
	static byte[] scannedPdf(List<List<String>> pages) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			long seed = 1;
			for (List<String> lines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				byte[] jpeg = TestScans.jpeg(lines, TestScans.Spoil.CLEAN, seed++);
				PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
