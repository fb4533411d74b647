package com.dossier.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

import org.junit.jupiter.api.Test;

/**
 * The printed form finds a Chinese font where Debian (and CI) installs one, and an
 * explicit file wins.
 */
class CjkFontTests {

	@Test
	void aConfiguredFileThatIsNotThereIsNoFont() {
		assertThat(CjkFont.find("/no/such/font.ttc")).isEmpty();
	}

	@Test
	void wenQuanYiIsFoundInTheStandardDirectoriesWhenInstalled() {
		File debian = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
		if ("true".equals(System.getenv("CI"))) {
			assertThat(debian).as(".ci/run installs fonts-wqy-zenhei").canRead();
		}
		assumeTrue(debian.canRead(), "fonts-wqy-zenhei is not installed here: the font search is not tested");
		assertThat(CjkFont.find(null)).hasValue(debian);
		assertThat(CjkFont.find(debian.getPath())).hasValue(debian);
	}

	@Test
	void theBarcodeIsCode128OfTheNumber() {
		var matrix = Barcodes.code128("W2026112400001");
		assertThat(matrix.getHeight()).isEqualTo(60);
		assertThat(Barcodes.png("W2026112400001")).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
	}

}
