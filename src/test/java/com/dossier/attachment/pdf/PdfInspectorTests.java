package com.dossier.attachment.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class PdfInspectorTests {

	private static final String ENTERPRISE = "上海示范建设工程有限公司";

	private final PdfInspector inspector = new PdfInspector();

	@Test
	void acceptsAPlainPdf() {
		Inspection<PdfFacts> result = inspector.inspect(TestPdfs.text("审计报告\nAudit report", "第二页"));

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.facts().pages()).isEqualTo(2);
		assertThat(result.facts().auditReport()).isNull();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void refusesWhatIsNotAPdfWhateverItsName() {
		assertThat(inspector.inspect(TestImages.jpeg(100, 100, 96)).refusal())
			.isEqualTo(Notice.of("pdf.not_pdf", "JPEG"));
		assertThat(inspector.inspect("hello %PDF".getBytes()).refusalCode()).isEqualTo("pdf.not_pdf");
		assertThat(inspector.inspect(new byte[0]).refusal()).isEqualTo(Notice.of("pdf.not_pdf", "EMPTY"));
	}

	@Test
	void refusesAPdfOfOneMebibyteOrMore() {
		byte[] pdf = TestPdfs.text("审计报告");

		assertThat(inspector.inspect(TestPdfs.paddedTo(pdf, 1_048_575)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestPdfs.paddedTo(pdf, 1_048_576)).refusal())
			.isEqualTo(Notice.of("pdf.too_large", "1,024", 1_048_576L));
	}

	@Test
	void refusesEncryptedPdfsWithOrWithoutAnOpenPassword() throws IOException {
		assertThat(encryptionReason(encrypted("secret"))).isEqualTo("pdf.encryption.open_password");
		assertThat(encryptionReason(encrypted(""))).isEqualTo("pdf.encryption.owner_password");
	}

	@Test
	void refusesJavaScriptWhereverItHides() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
			assertActive(doc, "JavaScript");
		}
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert(1)")));
			names.setJavascript(scripts);
			doc.getDocumentCatalog().setNames(names);
			assertActive(doc, "JavaScript");
		}
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			doc.getPage(0).getActions().setO(new PDActionJavaScript("app.alert(1)"));
			assertActive(doc, "JavaScript");
		}
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDActionGoTo goTo = new PDActionGoTo();
			PDPageFitDestination destination = new PDPageFitDestination();
			destination.setPage(doc.getPage(0));
			goTo.setDestination(destination);
			goTo.getCOSObject().setItem(COSName.getPDFName("Next"), new PDActionJavaScript("app.alert(1)"));
			doc.getPage(0).getAnnotations().add(link(goTo));
			assertActive(doc, "JavaScript");
		}
	}

	@Test
	void refusesLaunchActionsAndEmbeddedFiles() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDActionLaunch launch = new PDActionLaunch();
			PDSimpleFileSpecification file = new PDSimpleFileSpecification();
			file.setFile("cmd.exe");
			launch.setFile(file);
			doc.getPage(0).getAnnotations().add(link(launch));
			assertActive(doc, "Launch");
		}
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("payload.exe", fileSpec(doc)));
			names.setEmbeddedFiles(files);
			doc.getDocumentCatalog().setNames(names);
			assertActive(doc, "EmbeddedFile");
		}
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
			attachment.setRectangle(new PDRectangle(50, 50, 20, 20));
			attachment.setFile(fileSpec(doc));
			doc.getPage(0).getAnnotations().add(attachment);
			assertActive(doc, "EmbeddedFile");
		}
	}

	@Test
	void acceptsOrdinaryLinks() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("x")) {
			PDActionURI uri = new PDActionURI();
			uri.setURI("https://example.org/");
			doc.getPage(0).getAnnotations().add(link(uri));
			assertThat(inspector.inspect(TestPdfs.save(doc)).isAccepted()).isTrue();
		}
	}

	@Test
	void refusesTruncatedAndCorruptPdfs() throws IOException {
		byte[] pdf = TestPdfs.text("审计报告", "第二页");

		assertThat(inspector.inspect(Arrays.copyOf(pdf, pdf.length / 2)).refusalCode()).isEqualTo("pdf.corrupt");
		assertThat(
				inspector.inspect("%PDF-1.7\n garbage \n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)).refusalCode())
			.isEqualTo("pdf.corrupt");
		assertThat(inspector.inspect(TestPdfs.blank(0)).refusalCode()).isEqualTo("pdf.corrupt");
	}

	@Test
	void capsThePageCount() throws IOException {
		assertThat(inspector.inspect(TestPdfs.blank(301)).refusal())
			.isEqualTo(Notice.of("pdf.too_many_pages", 301, 300));
		assertThat(inspector.inspect(TestPdfs.blank(300)).isAccepted()).isTrue();
	}

	@Test
	void findsTheEnterpriseNameAndTheBalanceSheetInAnAuditReport() {
		byte[] report = TestPdfs.text(ENTERPRISE + "\n2025 年度审计报告", "审计意见", "资 产 负 债 表\n货币资金");

		Inspection<PdfFacts> result = inspector.inspectAuditReport(report, ENTERPRISE);

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.facts().auditReport()).isEqualTo(new AuditReportFindings(true, true, 3, 3));
	}

	@Test
	void warnsWhenTheBalanceSheetOrTheNameIsMissing() {
		byte[] noBalanceSheet = TestPdfs.text(ENTERPRISE + "\n2025 年度审计报告", "审计意见", "利润表");
		byte[] otherName = TestPdfs.text("另一家建设有限公司\n审计报告", "资产负债表");

		Inspection<PdfFacts> first = inspector.inspectAuditReport(noBalanceSheet, ENTERPRISE);
		Inspection<PdfFacts> second = inspector.inspectAuditReport(otherName, ENTERPRISE);

		assertThat(first.isAccepted()).isTrue();
		assertThat(first.warnings()).containsExactly(Notice.of("pdf.balance_sheet_missing", 3));
		assertThat(second.isAccepted()).isTrue();
		assertThat(second.warnings()).containsExactly(Notice.of("pdf.enterprise_name_missing", ENTERPRISE));
		assertThat(second.facts().auditReport().balanceSheetPage()).isEqualTo(2);
	}

	@Test
	void matchesNamesWithFullWidthOrHalfWidthBrackets() {
		byte[] report = TestPdfs.text("沪外示范设计(上海)有限公司\n审计报告", "资产负债表");

		assertThat(inspector.inspectAuditReport(report, "沪外示范设计（上海）有限公司").warnings()).isEmpty();
	}

	@Test
	void reportsAScannedAuditReportAsNotMachineCheckedWithoutRefusingIt() throws IOException {
		Inspection<PdfFacts> result = inspector.inspectAuditReport(TestPdfs.scanned(3), ENTERPRISE);

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.warnings()).containsExactly(Notice.of("pdf.not_machine_checked"));
		assertThat(result.facts().auditReport().machineChecked()).isFalse();
	}

	@Test
	void acceptsAScanThatImg2pdfWroteAsPdf() throws IOException {
		Inspection<PdfFacts> result = inspector.inspectAuditReport(TestImages.sample("img2pdf-scan.pdf"), ENTERPRISE);

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.facts().pages()).isEqualTo(2);
		assertThat(result.warnings()).containsExactly(Notice.of("pdf.not_machine_checked"));
	}

	@Test
	void refusesAContentStreamThatInflatesToHundredsOfMegabytes() throws IOException {
		byte[] bomb;
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			COSStream stream = doc.getDocument().createCOSStream();
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			try (var raw = stream.createRawOutputStream(); var deflate = new DeflaterOutputStream(raw)) {
				byte[] chunk = "q Q\n".repeat(16_384).getBytes(StandardCharsets.US_ASCII);
				for (int i = 0; i < 3_000; i++) { // ~200 MB inflated
					deflate.write(chunk);
				}
			}
			page.getCOSObject().setItem(COSName.CONTENTS, stream);
			bomb = TestPdfs.save(doc);
		}
		assertThat(bomb.length).isLessThan(PdfInspector.MAX_BYTES);

		PdfInspectorBoundsTests.assertTooComplex(inspector.inspectAuditReport(bomb, ENTERPRISE),
				"pdf.complexity.stream");
	}

	private void assertActive(PDDocument doc, String kind) throws IOException {
		Inspection<PdfFacts> result = inspector.inspect(TestPdfs.save(doc));
		assertThat(result.refusal()).isEqualTo(Notice.of("pdf.active_content", kind));
	}

	private static PDAnnotationLink link(org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(50, 50, 100, 20));
		link.setAction(action);
		return link;
	}

	private static PDComplexFileSpecification fileSpec(PDDocument doc) throws IOException {
		PDComplexFileSpecification spec = new PDComplexFileSpecification();
		spec.setFile("payload.exe");
		spec.setEmbeddedFile(new PDEmbeddedFile(doc, new ByteArrayInputStream("MZ".getBytes()), COSName.FLATE_DECODE));
		return spec;
	}

	private static byte[] encrypted(String userPassword) throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("机密")) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanPrint(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, permissions);
			policy.setEncryptionKeyLength(128);
			doc.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	private String encryptionReason(byte[] pdf) {
		Notice refusal = inspector.inspect(pdf).refusal();
		assertThat(refusal.code()).isEqualTo("pdf.encrypted");
		return ((MessageSourceResolvable) refusal.args().get(0)).getCodes()[0];
	}

}
