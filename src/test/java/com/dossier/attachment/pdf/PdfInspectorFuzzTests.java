package com.dossier.attachment.pdf;

import java.time.Duration;
import java.util.Map;

import com.dossier.attachment.inspection.Inspection;
import com.dossier.support.FuzzRun;
import com.dossier.support.Mutations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz run of the PDF inspector, plain and as an audit report, over mutants of
 * PDFs from several producers (PDFBox, qpdf's rewritings and encryption, ImageMagick,
 * img2pdf, cairo, poppler; see {@code src/test/resources/fuzz/README.md}). Whatever the
 * bytes, the inspector answers with an accepted or a refused inspection: it throws
 * nothing, not even an Error, and it finishes. Fixed seed and 600 tries by default,
 * {@code -Dfuzz.seed}, {@code -Dfuzz.tries} and {@code -Dfuzz.try} to explore or
 * reproduce ({@link FuzzRun}).
 */
class PdfInspectorFuzzTests {

	static final Map<String, byte[]> SEEDS = Mutations.seeds("fuzz/pdf", "pdfbox-plain.pdf", "pdfbox-objstm.pdf",
			"pdfbox-form.pdf", "pdfbox-cjk.pdf", "qpdf-objstm.pdf", "qpdf-qdf.pdf", "qpdf-linearized.pdf",
			"qpdf-aes256-objstm.pdf", "qpdf-rc4.pdf", "imagemagick.pdf", "imagemagick-bilevel.pdf", "img2pdf.pdf",
			"cairo.pdf", "poppler-unite.pdf");

	/** Far above the inspection's own deadline: reaching it means a hang. */
	private static final Duration LIMIT = Duration.ofSeconds(60);

	private static final PdfInspector INSPECTOR = new PdfInspector();

	@Test
	void everyMutantIsAcceptedOrRefusedAndNothingElse() {
		FuzzRun.configured("fuzz", 600)
			.check("PDF inspector (plain / audit report)",
					random -> Mutations.of(random, SEEDS, Mutations.Inside.PDF_STREAMS), mutant -> {
						Inspection<PdfFacts> plain = FuzzRun.call(LIMIT, () -> INSPECTOR.inspect(mutant.bytes()));
						Inspection<PdfFacts> report = FuzzRun.call(LIMIT,
								() -> INSPECTOR.inspectAuditReport(mutant.bytes(), "上海示范建设工程有限公司"));
						assertAnswer(plain);
						assertAnswer(report);
						return outcome(plain) + " / " + outcome(report);
					});
	}

	private static String outcome(Inspection<PdfFacts> inspection) {
		return inspection.isAccepted() ? "accepted" : inspection.refusalCode();
	}

	static void assertAnswer(Inspection<PdfFacts> inspection) {
		assertThat(inspection).isNotNull();
		assertThat(inspection.isAccepted() ? inspection.facts() : inspection.refusalCode()).isNotNull();
	}

}
