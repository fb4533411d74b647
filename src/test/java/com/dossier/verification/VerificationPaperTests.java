package com.dossier.verification;

import static com.dossier.verification.VerificationTestData.readyRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.dossier.handbook.HandbookService;
import com.dossier.print.PaperReading;
import com.dossier.shared.print.HtmlPdf;
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
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The printed 原件校对申请表 on the shared paper path: its QR code reads back from the PDF,
 * checks as genuine at /verify (showing nothing private), and opens the application on
 * the clerk's workbench, where an altered code is refused; without a font the PDF is a
 * 503.
 */
@HttpTest
class VerificationPaperTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	HtmlPdf htmlPdf;

	@Test
	void theFormsQrCodeIsGenuineAndOpensTheApplicationOnTheWorkbench() throws Exception {
		TestData.Operator operator = data.operator();
		String number = filed(operator);
		String path = "/handbook/verification/applications/" + number;

		byte[] pdf = PaperReading.bytes(port, operator.username(), path + "/form.pdf").body();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = PaperReading.text(doc).replaceAll("\\s+", "");
			assertThat(text).contains("原件校对申请表", number, "法定代表人签字", "测试联系人", "第1页共1页");
			assertThat(PaperReading.embeddedFonts(doc))
				.anySatisfy(f -> assertThat(f).containsIgnoringCase("wenquanyi"));
		}
		String url = PaperReading.qr(pdf, 0);
		assertThat(url).contains("/verify/" + number + ".");
		WebClient ent = new WebClient(port);
		ent.login(operator.username(), TestData.PASSWORD);
		assertThat(ent.get(path).body()).contains("id=\"paper-qr\"", url.substring(url.lastIndexOf('/') + 1));

		String shown = new WebClient(port).get(PaperReading.path(url)).body();
		assertThat(shown).contains("id=\"verify-genuine\"", "原件校对申请表", number, "已提交，待校对").doesNotContain("测试联系人");

		WebClient clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(
				WebClient.location(clerk.get("/clerk/open?number=" + URLEncoder.encode(url, StandardCharsets.UTF_8))))
			.isEqualTo("/clerk/applications/" + number);
		String altered = url.substring(0, url.length() - 2) + (url.endsWith("AA") ? "BB" : "AA");
		assertThat(WebClient
			.location(clerk.get("/clerk/open?number=" + URLEncoder.encode(altered, StandardCharsets.UTF_8))))
			.isEqualTo("/clerk");
		assertThat(clerk.get("/clerk").body()).contains("防伪码无效");
	}

	@Test
	void withoutAFontThePdfIsA503ThatSaysToPrintThePage() throws Exception {
		TestData.Operator operator = data.operator();
		String number = filed(operator);
		ReflectionTestUtils.setField(htmlPdf, "font", Optional.empty());
		try {
			HttpResponse<byte[]> pdf = PaperReading.bytes(port, operator.username(),
					"/handbook/verification/applications/" + number + "/form.pdf");
			assertThat(pdf.statusCode()).isEqualTo(503);
			assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("请使用网页打印");
			assertThat(PaperReading.bytes(port, operator.username(), "/handbook/verification/applications/" + number)
				.statusCode()).isEqualTo(200);
		}
		finally {
			// looked up again on the next PDF
			ReflectionTestUtils.setField(htmlPdf, "font", null);
		}
	}

	private String filed(TestData.Operator operator) {
		long record = readyRecord(handbook, attachments, operator.enterpriseId());
		return VerificationTestData
			.json(VerificationTestData.api(port, operator.username())
				.json("POST", "/api/v1/verification-applications", VerificationTestData.filing(List.of(record)))
				.body())
			.get("number")
			.asString();
	}

}
