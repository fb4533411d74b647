package com.dossier.attachment.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.dossier.support.TestAttachments;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * A PDF page drawn for the clerk's viewer: screen resolution, bounded pixels, only pages
 * the file has.
 */
class PdfPageImagesTests {

	@Test
	void anA4PageIsDrawnAtScreenResolution() {
		PdfPageImages.Rendered page = PdfPageImages.render(TestAttachments.pdf(2), 2);
		assertThat(page.pages()).isEqualTo(2);
		assertThat(page.width()).isBetween(905, 912); // 595 pt at 110 dpi
		assertThat(page.height()).isBetween(1283, 1290);
		assertThat(page.png()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void aHugePageIsDrawnSmallerWithinThePixelBound() throws IOException {
		byte[] poster;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(new PDRectangle(14_400, 14_400))); // the largest
																			// page PDF
																			// allows: 5 m
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			poster = out.toByteArray();
		}
		PdfPageImages.Rendered page = PdfPageImages.render(poster, 1);
		assertThat((long) page.width() * page.height()).isLessThanOrEqualTo(PdfPageImages.MAX_PIXELS + 4000);
	}

	@Test
	void aPageTheFileDoesNotHaveIsRefused() {
		byte[] pdf = TestAttachments.pdf(1);
		assertThatThrownBy(() -> PdfPageImages.render(pdf, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PdfPageImages.render(pdf, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}
