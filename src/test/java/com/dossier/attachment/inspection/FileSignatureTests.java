package com.dossier.attachment.inspection;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.TestPdfs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refusal says a file is: named by metadata-extractor, with our strict JPEG and
 * PDF checks kept.
 */
class FileSignatureTests {

	@Test
	void namesWhatAFileIsFromItsBytes() {
		BufferedImage page = TestImages.page(40, 40, BufferedImage.TYPE_INT_RGB, false);
		assertThat(FileSignature.sniff(TestImages.jpeg(40, 40, 96))).isEqualTo("JPEG");
		assertThat(FileSignature.sniff(TestImages.png(page))).isEqualTo("PNG");
		assertThat(FileSignature.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEqualTo("GIF");
		assertThat(FileSignature.sniff(new byte[] { 'I', 'I', 0x2A, 0, 8, 0, 0, 0, 0, 0, 0, 0 })).isEqualTo("TIFF");
		assertThat(FileSignature.sniff(new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0 })).isEqualTo("ZIP");
		assertThat(FileSignature.sniff(TestPdfs.text("x"))).isEqualTo("PDF");
		assertThat(FileSignature.sniff(new byte[0])).isEqualTo("EMPTY");
		assertThat(FileSignature.sniff("hello, world".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UNKNOWN");
	}

	@Test
	void aPdfHeaderAfterLeadingBytesIsAPdfAsReadersTakeIt() {
		byte[] pdf = TestPdfs.text("x");
		byte[] late = new byte[100 + pdf.length];
		System.arraycopy(pdf, 0, late, 100, pdf.length);
		assertThat(FileSignature.isPdf(late)).isTrue();
		assertThat(FileSignature.sniff(late)).isEqualTo("PDF");
		assertThat(FileSignature.isPdf(new byte[2048])).isFalse();
	}

	@Test
	void aJpegNeedsItsStartOfImageAndAMarker() {
		assertThat(FileSignature.isJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).isTrue();
		assertThat(FileSignature.isJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8, 0 })).isFalse();
		assertThat(FileSignature.isJpeg(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isFalse();
	}

}
