package com.dossier.attachment;

import java.time.Duration;
import java.util.Map;

import com.dossier.support.FuzzRun;
import com.dossier.support.Mutations;
import com.dossier.support.Mutations.Mutant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz run of the PDF inspector, plain and as an audit report, over mutants of PDFs from several
 * producers (PDFBox, qpdf's rewritings and encryption, ImageMagick, img2pdf, cairo, poppler; see
 * {@code src/test/resources/fuzz/README.md}). Whatever the bytes, the inspector answers with an accepted or a
 * refused inspection: it throws nothing, not even an Error, and it finishes. Fixed seed and tries by default,
 * {@code -Dfuzz.seed} and {@code -Dfuzz.tries} to explore ({@link FuzzRun}).
 */
@AddLifecycleHook(FuzzRun.class)
class PdfInspectorFuzzTests {

	static final Map<String, byte[]> SEEDS = Mutations.seeds("fuzz/pdf", "pdfbox-plain.pdf", "pdfbox-objstm.pdf",
			"pdfbox-form.pdf", "pdfbox-cjk.pdf", "qpdf-objstm.pdf", "qpdf-qdf.pdf", "qpdf-linearized.pdf",
			"qpdf-aes256-objstm.pdf", "qpdf-rc4.pdf", "imagemagick.pdf", "imagemagick-bilevel.pdf", "img2pdf.pdf",
			"cairo.pdf", "poppler-unite.pdf");

	/** Far above the inspection's own deadline: reaching it means a hang. */
	private static final Duration LIMIT = Duration.ofSeconds(60);

	private static final PdfInspector INSPECTOR = new PdfInspector();

	@Property(tries = 600)
	void everyMutantIsAcceptedOrRefusedAndNothingElse(@ForAll("mutants") Mutant mutant) throws Throwable {
		Inspection<PdfFacts> plain = FuzzRun.call(LIMIT, () -> INSPECTOR.inspect(mutant.bytes()));
		Inspection<PdfFacts> report = FuzzRun.call(LIMIT,
				() -> INSPECTOR.inspectAuditReport(mutant.bytes(), "上海示范建设工程有限公司"));

		assertAnswer(plain);
		assertAnswer(report);
		Statistics.label("plain").collect(outcome(plain));
		Statistics.label("audit report").collect(outcome(report));
	}

	@Provide
	Arbitrary<Mutant> mutants() {
		return Mutations.of(SEEDS, Mutations.Inside.PDF_STREAMS);
	}

	private static String outcome(Inspection<PdfFacts> inspection) {
		return inspection.isAccepted() ? "accepted" : inspection.refusalCode();
	}

	static void assertAnswer(Inspection<PdfFacts> inspection) {
		assertThat(inspection).isNotNull();
		assertThat(inspection.isAccepted() ? inspection.facts() : inspection.refusalCode()).isNotNull();
	}
}
