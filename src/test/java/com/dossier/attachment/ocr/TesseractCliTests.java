package com.dossier.attachment.ocr;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command-line reader: it reads a generated scan, a page over its time is killed, and
 * a machine without the tool or its Chinese model says so instead of failing. Needs
 * tesseract-ocr and tesseract-ocr-chi-sim (.ci/run installs them).
 */
class TesseractCliTests {

	static final TesseractCli TESSERACT = new TesseractCli(List.of("tesseract"), "chi_sim");

	/**
	 * Skipped with a message where Tesseract is missing, except in CI, which needs it.
	 */
	static void assumeInstalled() {
		assumeTrue(TESSERACT.available() || "true".equals(System.getenv("CI")),
				"tesseract-ocr with tesseract-ocr-chi-sim is not installed");
	}

	@Test
	void readsChineseTextAndCodesFromAGeneratedScan() {
		byte[] scan = TestScans.jpeg(List.of("设备名称：塔式起重机", "型号：QTZ80", "代码：91110000MA01ABCD1X"),
				new TestScans.Spoil(0.003, 0.8, 0.7f), 1);

		assumeInstalled();
		assertThat(TESSERACT.available()).as("tesseract with chi_sim installed").isTrue();
		String text = TESSERACT.read(scan, Duration.ofSeconds(30));

		assertThat(NameMatch.compact(text)).contains("塔式起重机");
		assertThat(ValueMatch.found(com.dossier.handbook.FieldType.TEXT, "QTZ80", text)).as(text).isTrue();
	}

	@Test
	void aPageThatTakesTooLongIsKilledAtItsTimeout() {
		// a stand-in that never finishes: sh runs the sleep and ignores the page
		// arguments
		TesseractCli stuck = new TesseractCli(List.of("sh", "-c", "sleep 30", "ocr"), "chi_sim");
		long started = System.nanoTime();

		assertThatThrownBy(() -> stuck.read(new byte[] { 1 }, Duration.ofMillis(300))).isInstanceOf(OcrException.class)
			.hasMessage("ocr.timeout");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("sleep")))
			.isEmpty();
	}

	@Test
	void withoutTheToolOrItsChineseModelTheReaderIsUnavailable() {
		assertThat(new TesseractCli(List.of("/nonexistent/tesseract"), "chi_sim").available()).isFalse();
		assertThat(new TesseractCli(List.of("tesseract"), "chi_sim+xx_none").available()).isFalse();
	}

	@Test
	void aReaderThatFailsSaysSo() {
		assertThatThrownBy(
				() -> new TesseractCli(List.of("false"), "chi_sim").read(new byte[] { 1 }, Duration.ofSeconds(5)))
			.isInstanceOf(OcrException.class)
			.hasMessage("ocr.exit_1");
	}

}
