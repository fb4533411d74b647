package com.dossier.attachment;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import com.dossier.attachment.conversion.ImageConformer;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.image.ImagePolicy;
import com.dossier.attachment.image.JpegEncoder;
import com.dossier.attachment.pdf.PdfInspector;

/**
 * How long the attachment checks take on one core: inspecting a ~300 KB scan and a ~1 MB
 * PDF, refusing a JPEG bomb from its header, converting a ~3 MB photo and a ~15 MB
 * 300-dpi A4 PNG scan (图片自动调整). The timings the unit tests no longer assert (a bomb
 * refused in under a second) are read here. A plain main, not a test (surefire runs only
 * *Tests), so the build never pays for it:
 *
 * <pre>
 * mvn -q test-compile
 * mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.dossier.attachment.AttachmentBenchmark
 * </pre>
 *
 * (or run the class from an IDE). It warms up first, then prints the median and the 90th
 * percentile.
 */
public final class AttachmentBenchmark {

	private AttachmentBenchmark() {
	}

	public static void main(String[] args) {
		ImageInspector images = new ImageInspector();
		PdfInspector pdfs = new PdfInspector();
		ImageConformer conformer = new ImageConformer();

		byte[] scan = scanOfAbout(300_000);
		String name = "上海示范建设工程有限公司";
		String[] pages = new String[30];
		Arrays.fill(pages, name + " 审计报告 正文 " + "资产负债表 项目 金额 ".repeat(20));
		byte[] pdf = TestPdfs.paddedTo(TestPdfs.text(pages), 1_040_000);
		byte[] photo = photoOfAbout(3_000_000, JpegEncoder.Units.PER_INCH, 300);
		byte[] phone = photoOfAbout(3_000_000, JpegEncoder.Units.NONE, 1);
		byte[] a4Scan = TestImages.a4ScanPng();
		byte[] bomb = TestImages.claimingSize(TestImages.jpeg(64, 64, 96), 60_000, 60_000);
		check(images.inspect(scan).isAccepted() && pdfs.inspect(pdf).isAccepted(), "inputs must be accepted");

		System.out.printf(Locale.ROOT, "%-46s %10s %10s %10s%n", "operation", "bytes", "median ms", "p90 ms");
		run("inspect JPEG scan (IMAGE policy)", scan.length, 2000, () -> images.inspect(scan));
		run("refuse JPEG bomb from its header (was < 1 s)", bomb.length, 2000, () -> images.inspect(bomb));
		run("inspect PDF (PDF policy)", pdf.length, 200, () -> pdfs.inspect(pdf));
		run("inspect PDF as audit report (text check)", pdf.length, 50, () -> pdfs.inspectAuditReport(pdf, name));
		run("convert 300 dpi scan (size kept)", photo.length, 10, () -> conformer.conform(photo, null));
		run("convert photo without dpi (to A4)", phone.length, 10, () -> conformer.conform(phone, null));
		run("convert 300 dpi A4 PNG scan (~15 MB)", a4Scan.length, 5, () -> conformer.conform(a4Scan, null));
	}

	private static void run(String label, int bytes, int iterations, Supplier<?> operation) {
		for (int i = 0; i < Math.max(3, iterations / 5); i++) {
			operation.get();
		}
		double[] ms = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			operation.get();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "%-46s %10d %10.2f %10.2f%n", label, bytes, ms[iterations / 2],
				ms[(int) (iterations * 0.9)]);
	}

	/** A 96 dpi scan with some noise, grown until it is just under the given size. */
	private static byte[] scanOfAbout(int target) {
		byte[] best = null;
		for (int side = 400;; side += 40) {
			BufferedImage image = TestImages.page(side, side * 1414 / 1000, BufferedImage.TYPE_INT_RGB, true);
			byte[] jpeg = JpegEncoder.encode(image, 0.5f, 96);
			if (jpeg.length >= Math.min(target, ImagePolicy.MAX_BYTES)) {
				return best;
			}
			best = jpeg;
		}
	}

	/** A noisy "photo" of at least the given size, with the given JFIF density. */
	private static byte[] photoOfAbout(int target, JpegEncoder.Units units, int density) {
		for (int width = 800;; width += 100) {
			BufferedImage image = TestImages.page(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB, true);
			byte[] jpeg = JpegEncoder.encode(image, 0.9f, units, density, density, false);
			if (jpeg.length >= target) {
				return jpeg;
			}
		}
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

}
