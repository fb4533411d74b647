package com.dossier.attachment.image;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs the fuzz run ({@link JpegFuzzTests}) found, each kept as the test that it now
 * passes.
 */
class JpegFuzzRegressionTests {

	private final ImageInspector inspector = new ImageInspector();

	/**
	 * A progressive grey scan with damaged scan data and a stray {@code FF 00} "segment"
	 * right after SOI. libjpeg reports only its first warning: on the upload that was
	 * "extraneous bytes" for the stray marker, which hid the premature end, so the upload
	 * passed and its cleaned copy (stray marker gone) was refused. The decode now judges
	 * the cleaned bytes, and both say truncated.
	 */
	@Test
	void aStrayMarkerDoesNotHideTruncatedScanData() throws IOException {
		byte[] input = regression("stray-marker-hides-truncation.jpg");

		assertThat(inspector.inspect(input).refusalCode()).isEqualTo("image.truncated");
		assertThat(inspector.inspectForStorage(input).inspection().refusalCode()).isEqualTo("image.truncated");
	}

	private static byte[] regression(String name) throws IOException {
		try (InputStream in = JpegFuzzRegressionTests.class.getResourceAsStream("/fuzz/jpeg/regressions/" + name)) {
			return in.readAllBytes();
		}
	}

}
