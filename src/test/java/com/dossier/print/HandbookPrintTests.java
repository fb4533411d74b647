package com.dossier.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 书面材料打印 of the handbook: the PDF holds a cover, the contents, every chosen section with
 * its records and page numbers in an embedded Chinese font; its QR code reads back and
 * checks as genuine at /verify, an altered one as forged; each copy is recorded and
 * audited; an enterprise prints only its own handbook.
 */
@HttpTest
class HandbookPrintTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SectionTexts texts;

	@Test
	void theWholeHandbookPrintsWithEverySectionPageNumbersAndAGenuineQrCode() throws Exception {
		TestData.Operator operator = data.operator();
		var equipment = attachments.attachRequired(
				handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", 7001)));
		var plant = handbook.create(operator.enterpriseId(), "plant", HandbookSamples.sample("plant", 7002));

		HttpResponse<byte[]> pdf = PaperReading.bytes(port, operator.username(), "/handbook/print.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		int sections = handbook.sections(operator.enterpriseId()).size();
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			// cover, contents, then each section on a page of its own
			assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(sections + 2);
			// a table cell wraps where its width ends: compare without the line breaks
			String text = PaperReading.text(doc).replaceAll("\\s+", "");
			for (var section : handbook.sections(operator.enterpriseId())) {
				assertThat(text).contains(texts.text(section.nameKey(), SectionTexts.ZH).replaceAll("\\s+", ""));
			}
			assertThat(text).contains("诚信手册", operator.creditCode(), "目录",
					equipment.data().get("name").replaceAll("\\s+", ""), "D:未通过原件核对");
			int pages = doc.getNumberOfPages();
			assertThat(text).contains("第1页共" + pages + "页", "第" + pages + "页共" + pages + "页");
			assertThat(PaperReading.embeddedFonts(doc)).isNotEmpty()
				.allSatisfy(name -> assertThat(name).containsIgnoringCase("wenquanyi")
					.as("a subset of the CJK font, not a standard 14 font"));
		}
		String url = PaperReading.qr(pdf.body(), 0);
		assertThat(url).matches("http://localhost:" + port + "/verify/P\\d{9}\\.[A-Za-z0-9_-]{22}");
		String number = url.substring(url.lastIndexOf('/') + 1, url.indexOf('.', url.lastIndexOf('/')));

		WebClient anyone = new WebClient(port);
		HttpResponse<String> genuine = anyone.get(PaperReading.path(url));
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(genuine.body()).contains("id=\"verify-genuine\"", number, "与系统中现有信息一致")
			.doesNotContain(equipment.data().get("name"));
		String token = url.substring(url.lastIndexOf('/') + 1);
		String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		HttpResponse<String> forged = anyone.get("/verify/" + altered);
		assertThat(forged.statusCode()).isEqualTo(404);
		assertThat(forged.body()).contains("id=\"verify-forged\"").doesNotContain(number);
		String otherNumber = "P" + String.format("%09d", Long.parseLong(number.substring(1)) + 1_000_000);
		assertThat(anyone.get("/verify/" + otherNumber + token.substring(token.indexOf('.'))).statusCode())
			.isEqualTo(404);

		assertThat(jdbc.sql("select enterprise_id from handbook_print where print_number = ?")
			.param(number)
			.query(Long.class)
			.single()).isEqualTo(operator.enterpriseId());
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'handbook.print' and target = ?")
			.param("handbook-print:" + number)
			.query(Integer.class)
			.single()).isEqualTo(1);

		handbook.update(operator.enterpriseId(), plant.id(), plant.version(), HandbookSamples.sample("plant", 7003));
		assertThat(anyone.get(PaperReading.path(url)).body()).contains("id=\"verify-genuine\"", "打印后诚信手册信息已有变更");
	}

	@Test
	void chosenSectionsOnlyAndAnEnterprisePrintsOnlyItsOwnHandbook() throws Exception {
		TestData.Operator operator = data.operator();
		TestData.Operator other = data.operator();
		var mine = handbook.create(operator.enterpriseId(), "plant", HandbookSamples.sample("plant", 7101));
		var theirs = handbook.create(other.enterpriseId(), "plant", HandbookSamples.sample("plant", 7102));

		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		String view = browser.get("/handbook/print?sections=plant,equipment").body();
		assertThat(view)
			.contains("id=\"section-plant\"", "id=\"section-equipment\"", "id=\"record-" + mine.id() + "\"",
					"href=\"/handbook/print.pdf?sections=equipment,plant\"")
			.doesNotContain("id=\"section-audit-report\"", "id=\"record-" + theirs.id() + "\"");
		try (PDDocument doc = Loader
			.loadPDF(PaperReading.bytes(port, operator.username(), "/handbook/print.pdf?sections=plant").body())) {
			String text = PaperReading.text(doc).replaceAll("\\s+", "");
			assertThat(text).contains("厂房", mine.data().get("address").replaceAll("\\s+", ""))
				.doesNotContain("技术装备", theirs.data().get("address").replaceAll("\\s+", ""));
		}

		HttpResponse<String> unknown = browser.get("/handbook/print?sections=no-such");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("没有栏目“no-such”");
		HttpResponse<byte[]> api = PaperReading.bytes(port, operator.username(), "/handbook/print.pdf?sections=x");
		assertThat(api.statusCode()).isEqualTo(400);

		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerk.get("/handbook/print").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/handbook/printing").statusCode()).isEqualTo(403);
		String printing = browser.get("/handbook/printing").body();
		assertThat(printing).contains("id=\"choose-plant\"", "id=\"printing-form\"");
		assertThat(new String(PaperReading.bytes(port, null, "/handbook/print.pdf").body(), StandardCharsets.UTF_8))
			.doesNotContain("%PDF");
	}

}
