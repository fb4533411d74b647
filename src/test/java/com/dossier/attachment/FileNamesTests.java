package com.dossier.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyASafeBaseName() {
		assertThat(FileNames.safe("C:\\scans\\..\\发票.jpg", "invoice")).isEqualTo("发票.jpg");
		assertThat(FileNames.safe("../../etc/passwd", "invoice")).isEqualTo("passwd");
		assertThat(FileNames.safe("a\"b<c>|d?.pdf", "x")).isEqualTo("abcd.pdf");
		assertThat(FileNames.safe("evil\u202Egpj.exe", "x")).isEqualTo("evilgpj.exe");
		assertThat(FileNames.safe("line\r\nbreak.jpg", "x")).isEqualTo("linebreak.jpg");
		assertThat(FileNames.safe("...", "invoice")).isEqualTo("invoice");
		assertThat(FileNames.safe(null, "invoice")).isEqualTo("invoice");
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String name = FileNames.safe("长".repeat(300) + ".jpeg", "x");
		assertThat(name).hasSize(FileNames.MAX).endsWith(".jpeg");
	}

	@Test
	void aConvertedImageGetsJpg() {
		assertThat(FileNames.withExtension("照片.png", ".jpg")).isEqualTo("照片.jpg");
		assertThat(FileNames.withExtension("scan", ".jpg")).isEqualTo("scan.jpg");
	}
}
