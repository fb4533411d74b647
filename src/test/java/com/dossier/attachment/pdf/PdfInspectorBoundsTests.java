package com.dossier.attachment.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.inspection.Inspection;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: inspection is bounded in memory and time. Each file here cost the
 * node its heap or seconds of a core before; now each is refused as
 * {@code pdf.too_complex}, naming the bound it crossed. The timeout only guards against a
 * hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PdfInspectorBoundsTests {

	private static final String ENTERPRISE = "上海示范建设工程有限公司";

	private final PdfInspector inspector = new PdfInspector();

	@Test
	void refusesTheFiftyMillionCharacterTextOperatorInBothModes() {
		byte[] bomb = HostilePdfs.textBomb();
		assertThat(bomb.length).isLessThan(60_000);

		assertTooComplex(inspector.inspectAuditReport(bomb, ENTERPRISE), "pdf.complexity.stream");
		assertTooComplex(inspector.inspect(bomb), "pdf.complexity.stream");
	}

	@Test
	void refusesTheSameBombBehindAChainOfFilters() throws IOException {
		byte[] hex = hex(HostilePdfs.deflate("q Q\n".repeat(4_000_000).getBytes(StandardCharsets.US_ASCII)));
		byte[] pdf = page(content -> {
			content.setItem(COSName.FILTER, array(COSName.ASCII_HEX_DECODE, COSName.FLATE_DECODE));
			return hex;
		});

		assertTooComplex(inspector.inspect(pdf), "pdf.complexity.stream");
	}

	@Test
	void refusesAnObjectStreamThatInflatesBeyondItsBoundWhileParsing() {
		byte[] bomb = RawPdf.paddedChain(10, 20_000_000);
		assertThat(bomb.length).isLessThan(PdfInspector.MAX_BYTES);

		assertTooComplex(inspector.inspect(bomb), "pdf.complexity.stream");
	}

	@Test
	void refusesStreamsThatTogetherDecodeToTooMuch() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			byte[] drawing = HostilePdfs.deflate("0 0 m 1 1 l S\n".repeat(250_000).getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < 10; i++) { // 3.5 MB each, under the bound of one stream
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				page.getCOSObject().setItem(COSName.CONTENTS, flate(doc, drawing));
			}
			assertTooComplex(inspector.inspect(TestPdfs.save(doc)), "pdf.complexity.decoded");
		}
	}

	@Test
	void refusesOneHundredAndThirtyThousandObjectsBeforeResolvingThem() {
		byte[] pdf = HostilePdfs.manyObjects(130_000);
		assertThat(pdf.length).isLessThan(PdfInspector.MAX_BYTES);

		assertTooComplex(inspector.inspect(pdf), "pdf.complexity.objects");
	}

	@Test
	void refusesFewerObjectsInSoManyObjectStreamsThatPdfBoxWouldTakeMinutes() {
		assertTooComplex(inspector.inspect(RawPdf.chain(12_000, 2)), "pdf.complexity.object_streams");
	}

	@Test
	void acceptsThousandsOfObjectsInObjectStreams() {
		assertThat(inspector.inspect(RawPdf.chain(5_000, 100)).isAccepted()).isTrue();
	}

	@Test
	void refusesAStringLongerThanPdfAllowsInAContentStream() throws IOException {
		byte[] pdf = page(content -> HostilePdfs.deflate(
				("BT /F1 12 Tf 72 720 Td (" + "A".repeat(40_000) + ") Tj ET").getBytes(StandardCharsets.US_ASCII)));

		assertTooComplex(inspector.inspectAuditReport(pdf, ENTERPRISE), "pdf.complexity.string");
	}

	@Test
	void refusesMoreCharactersOnAPageThanAPageCanHold() throws IOException {
		String line = "(" + "A".repeat(30_000) + ") Tj\n";
		byte[] pdf = page(content -> HostilePdfs
			.deflate(("BT /F1 12 Tf 72 720 Td " + line.repeat(4) + "ET").getBytes(StandardCharsets.US_ASCII)));

		assertTooComplex(inspector.inspectAuditReport(pdf, ENTERPRISE), "pdf.complexity.text");
	}

	/**
	 * PDFBox iterates the page tree recursively: 12,000 levels overflowed the stack of
	 * the text extraction.
	 */
	@Test
	void refusesAPageTreeNestedThousandsOfLevelsDeep() {
		List<String> objects = new ArrayList<>(List.of("<</Type/Catalog/Pages 2 0 R>>"));
		int depth = 12_000;
		for (int n = 2; n <= depth; n++) {
			objects.add("<</Type/Pages/Kids[" + (n + 1) + " 0 R]/Count 1>>");
		}
		objects.add("<</Type/Page/Parent " + depth + " 0 R/MediaBox[0 0 595 842]>>");
		byte[] pdf = RawPdf.of(objects);
		assertThat(pdf.length).isLessThan(PdfInspector.MAX_BYTES);

		assertTooComplex(inspector.inspectAuditReport(pdf, ENTERPRISE), "pdf.complexity.nesting");
		assertTooComplex(inspector.inspect(pdf), "pdf.complexity.nesting");
	}

	@Test
	void refusesWhatOutlastsTheWholeInspectionsDeadline() {
		Inspection<PdfFacts> result = new PdfInspector(AuditReportCheck.BUDGET, Duration.ZERO)
			.inspect(TestPdfs.text("审计报告"));

		assertTooComplex(result, "pdf.complexity.time");
	}

	@Test
	void stillAcceptsAnOrdinaryReportWithItsFindings() {
		byte[] report = TestPdfs.text(ENTERPRISE + "\n审计报告", "资产负债表");

		Inspection<PdfFacts> result = inspector.inspectAuditReport(report, ENTERPRISE);

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.warnings()).isEmpty();
	}

	static void assertTooComplex(Inspection<PdfFacts> result, String reason) {
		assertThat(result.refusalCode()).isEqualTo("pdf.too_complex");
		assertThat(((MessageSourceResolvable) result.refusal().args().get(0)).getCodes()).containsExactly(reason);
	}

	/**
	 * One page with a Helvetica F1 whose content stream the function fills (and may give
	 * filters).
	 */
	private static byte[] page(Function<COSStream, byte[]> content) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			COSStream stream = doc.getDocument().createCOSStream();
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			byte[] data = content.apply(stream);
			try (var raw = stream.createRawOutputStream()) {
				raw.write(data);
			}
			page.getCOSObject().setItem(COSName.CONTENTS, stream);
			PDResources resources = new PDResources();
			resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			page.setResources(resources);
			return TestPdfs.save(doc);
		}
	}

	private static COSStream flate(PDDocument doc, byte[] deflated) throws IOException {
		COSStream stream = doc.getDocument().createCOSStream();
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		try (var raw = stream.createRawOutputStream()) {
			raw.write(deflated);
		}
		return stream;
	}

	private static COSArray array(COSName... names) {
		COSArray array = new COSArray();
		for (COSName name : names) {
			array.add(name);
		}
		return array;
	}

	private static byte[] hex(byte[] data) {
		StringBuilder hex = new StringBuilder(data.length * 2 + 1);
		for (byte b : data) {
			hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
		}
		return hex.append('>').toString().getBytes(StandardCharsets.US_ASCII);
	}

}
