package com.dossier.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.print.PaperReading;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The printed 资质申请表 on the shared paper path: the PDF's QR code reads back, checks as
 * genuine with the application's status now, and says nothing of what it cites.
 */
@HttpTest
class QualificationPaperTests {

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

	@Test
	void theApplicationsQrCodeIsGenuineAndShowsItsStatus() throws Exception {
		TestData.Operator operator = data.operator();
		var records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
		long c = records.verified(operator, 1).get(0);
		WebClient ent = new WebClient(port);
		ent.login(operator.username(), TestData.PASSWORD);
		ent.get("/handbook/qualification/new");
		String location = WebClient.location(ent.postForm("/handbook/qualification",
				Map.of("kind", "FIRST", "qualification", "supervision|A", "recordIds", Long.toString(c))));
		String number = location.substring(location.lastIndexOf('/') + 1);

		byte[] pdf = PaperReading.bytes(port, operator.username(), location + "/form.pdf").body();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(PaperReading.text(doc).replaceAll("\\s+", "")).contains("资质申请表", number, "工程监理甲级", "企业盖章",
					"第1页共1页");
		}
		String url = PaperReading.qr(pdf, 0);
		assertThat(url).contains("/verify/" + number + ".");
		String shown = new WebClient(port).get(PaperReading.path(url)).body();
		assertThat(shown).contains("id=\"verify-genuine\"", number, "已提交，待审核").doesNotContain("工程监理");
	}

}
