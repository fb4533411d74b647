package com.dossier.attachment;

import java.util.List;

import com.dossier.demo.DemoScans;
import com.dossier.demo.DemoScans.Line;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.attachment.pdf.PdfFacts;
import com.dossier.attachment.pdf.PdfInspector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo scans pass the policies a real upload meets, and stay small enough for a quick
 * start.
 */
class DemoScansTests {

	private static final List<Line> LINES = List.of(new Line("演示扫描件", "DEMO SCAN", 48),
			new Line("沪外示范设计有限公司", "91310115MA1H000037", 18), new Line("技术装备 · 发票等证明文件", "equipment", 18));

	@Test
	void aDemoImageIsAConformingA4ScanOfAFewDozenKilobytes() {
		byte[] jpeg = DemoScans.jpeg(LINES);

		Inspection<ImageFacts> inspection = new ImageInspector().inspect(jpeg);
		assertThat(inspection.isAccepted()).as("%s", inspection.refusal()).isTrue();
		assertThat(inspection.warnings()).isEmpty();
		assertThat(inspection.facts().dpiX()).isEqualTo(DemoScans.DPI);
		assertThat(inspection.facts().widthMm()).isEqualTo(210);
		assertThat(inspection.facts().heightMm()).isEqualTo(297);
		assertThat(jpeg.length).isLessThan(60 * 1024);
	}

	@Test
	void aDemoReportIsAnAcceptedPdfOfScannedPages() {
		byte[] pdf = DemoScans.pdf(List.of(LINES, LINES, LINES, LINES));

		Inspection<PdfFacts> inspection = new PdfInspector().inspectAuditReport(pdf, "沪外示范设计有限公司");
		assertThat(inspection.isAccepted()).as("%s", inspection.refusal()).isTrue();
		assertThat(inspection.facts().pages()).isEqualTo(4);
		assertThat(inspection.warnings()).extracting(Notice::code).containsExactly("pdf.not_machine_checked");
		assertThat(pdf.length).isLessThan(250 * 1024);
	}

	@Test
	void linesTheFontCannotShowFallBackWithoutFailing() {
		byte[] jpeg = DemoScans.jpeg(List.of(new Line("\uD83E\uDDFE\uE000", "fallback", 20), new Line("", "", 12)));

		assertThat(new ImageInspector().inspect(jpeg).isAccepted()).isTrue();
	}

}
