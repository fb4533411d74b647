package com.dossier.attachment.record;

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
	void stripsEveryBidiControlAndZeroWidthCharacter() {
		String bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\uFEFF";
		assertThat(FileNames.safe("发票" + bidi + "gpj.hta", "x")).isEqualTo("发票gpj.hta");
		assertThat(FileNames.safe(bidi, "invoice")).isEqualTo("invoice");
		assertThat(FileNames.safe("a\uD800b.jpg", "x")).isEqualTo("ab.jpg");
	}

	@Test
	void aStoredOrServedNameEndsInTheExtensionOfItsVerifiedType() {
		assertThat(FileNames.forType("invoice.hta", "image/jpeg", "x")).isEqualTo("invoice.jpg");
		assertThat(FileNames.forType("invoice.html", "image/jpeg", "x")).isEqualTo("invoice.jpg");
		assertThat(FileNames.forType("invoice\u202Egpj.hta", "image/jpeg", "x")).isEqualTo("invoicegpj.jpg");
		assertThat(FileNames.forType("invoice.hta.", "image/jpeg", "x")).isEqualTo("invoice.jpg");
		assertThat(FileNames.forType("扫描件.JPEG", "image/jpeg", "x")).isEqualTo("扫描件.JPEG");
		assertThat(FileNames.forType("scan.Jpg", "image/jpeg", "x")).isEqualTo("scan.Jpg");
		assertThat(FileNames.forType("审计报告", "application/pdf", "x")).isEqualTo("审计报告.pdf");
		assertThat(FileNames.forType("report.pdf.exe", "application/pdf", "x")).isEqualTo("report.pdf.pdf");
		assertThat(FileNames.forType(null, "image/jpeg", "invoice")).isEqualTo("invoice.jpg");
		assertThat(FileNames.forType("C:\\scans\\..\\身份证.PNG", "image/jpeg", "image")).isEqualTo("身份证.jpg");
		assertThat(FileNames.forType("../../etc/\"x\".png", "image/jpeg", "image")).isEqualTo("x.jpg");
		assertThat(FileNames.forType("长".repeat(300) + ".hta", "image/jpeg", "x")).hasSize(FileNames.MAX)
			.endsWith("长.jpg");
	}

	@Test
	void aConvertedImageGetsJpg() {
		assertThat(FileNames.withExtension("照片.png", ".jpg")).isEqualTo("照片.jpg");
		assertThat(FileNames.withExtension("scan", ".jpg")).isEqualTo("scan.jpg");
	}

}
