package com.dossier.attachment.pdf;

import java.io.IOException;

import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.inspection.Notice;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionEmbeddedGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionMovie;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionThread;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 12: actions that make a reader open a file or a network location are
 * refused like /Launch — a UNC path hands the share the Windows user's credentials —
 * while the web links office suites write stay.
 */
class PdfActionsTests {

	private final PdfInspector inspector = new PdfInspector();

	@Test
	void refusesARemoteGoToAUncPath() {
		assertActive(HostilePdfs.remoteGoTo("\\\\attacker.example\\share\\x.pdf"), "GoToR");
		assertActive(HostilePdfs.remoteGoTo("/C/Windows/report.pdf"), "GoToR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///C:/Windows/win.ini", "file://attacker.example/share/x.pdf",
			" \tFILE://attacker.example/x", "fi\nle:///etc/passwd", "\\\\attacker.example\\share\\x.pdf",
			"smb://attacker.example/share", "javascript:app.alert(1)", "report-2024.pdf", "", "//host/x" })
	void refusesAUriThatIsNotAWebLink(String uri) {
		assertActive(HostilePdfs.uri(uri), "URI");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org/report", "http://example.org/", "HTTPS://EXAMPLE.ORG",
			"mailto:audit@example.org" })
	void acceptsWebAndMailLinks(String uri) {
		assertThat(inspector.inspect(HostilePdfs.uri(uri)).isAccepted()).as(uri).isTrue();
	}

	@Test
	void refusesAThreadInAnotherFileButNotOneInThisDocument() throws IOException {
		assertActive(HostilePdfs.threadInFile("\\\\attacker.example\\share\\articles.pdf"), "Thread");
		PDActionThread local = new PDActionThread();
		local.getCOSObject().setInt(COSName.D, 0);
		assertThat(inspector.inspect(HostilePdfs.withLink(local)).isAccepted()).isTrue();
	}

	@Test
	void refusesEmbeddedGoToAndMovies() {
		PDActionEmbeddedGoTo embedded = new PDActionEmbeddedGoTo();
		PDSimpleFileSpecification file = new PDSimpleFileSpecification();
		file.setFile("\\\\attacker.example\\share\\x.pdf");
		embedded.getCOSObject().setItem(COSName.F, file);
		assertActive(HostilePdfs.withLink(embedded), "GoToE");
		assertActive(HostilePdfs.withLink(new PDActionMovie()), "Movie");
	}

	@Test
	void acceptsNavigationWithinTheDocument() {
		PDActionNamed next = new PDActionNamed();
		next.setN("NextPage");
		assertThat(inspector.inspect(HostilePdfs.withLink(next)).isAccepted()).isTrue();
	}

	@Test
	void refusesStreamsWhoseDataIsInAnotherFile() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("外部")) {
			COSStream external = doc.getDocument().createCOSStream();
			external.setString(COSName.F, "\\\\attacker.example\\share\\data.bin");
			try (var out = external.createRawOutputStream()) {
				out.write(' ');
			}
			doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("X"), external);
			assertActive(TestPdfs.save(doc), "ExternalFile");
		}
		try (PDDocument doc = TestPdfs.textDocument("引用")) {
			COSStream form = doc.getDocument().createCOSStream();
			form.setItem(COSName.SUBTYPE, COSName.FORM);
			COSDictionary reference = new COSDictionary();
			reference.setString(COSName.F, "\\\\attacker.example\\share\\page.pdf");
			reference.setInt(COSName.PAGE, 0);
			form.setItem(COSName.getPDFName("Ref"), reference);
			try (var out = form.createRawOutputStream()) {
				out.write(' ');
			}
			doc.getPage(0).getResources().put(COSName.getPDFName("R1"), new PDFormXObject(form));
			assertActive(TestPdfs.save(doc), "ExternalFile");
		}
	}

	@Test
	void aLinkAnnotationWithARemoteDestinationInItsActionChainIsFoundToo() throws IOException {
		try (PDDocument doc = TestPdfs.textDocument("链")) {
			PDActionNamed first = new PDActionNamed();
			first.setN("NextPage");
			COSDictionary remote = new COSDictionary();
			remote.setItem(COSName.S, COSName.getPDFName("GoToR"));
			remote.setString(COSName.F, "\\\\attacker.example\\share\\x.pdf");
			first.getCOSObject().setItem(COSName.NEXT, remote);
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 50, 100, 20));
			link.setAction(first);
			doc.getPage(0).getAnnotations().add(link);
			assertActive(TestPdfs.save(doc), "GoToR");
		}
	}

	private void assertActive(byte[] pdf, String kind) {
		assertThat(inspector.inspect(pdf).refusal()).isEqualTo(Notice.of("pdf.active_content", kind));
	}

}
