package com.dossier.attachment.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.image.JpegEncoder.Units;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageInspectorTests {

	private final ImageInspector inspector = new ImageInspector();

	@Test
	void acceptsAScanWithJfifDotsPerInch() {
		Inspection<ImageFacts> result = inspector.inspect(TestImages.jpeg(794, 1123, 96));

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.warnings()).isEmpty();
		ImageFacts facts = result.facts();
		assertThat(facts.dpiX()).isEqualTo(96);
		assertThat(facts.dpiSource()).isEqualTo("JFIF");
		assertThat(facts.widthMm()).isEqualTo(210);
		assertThat(facts.heightMm()).isEqualTo(297);
		assertThat(facts.progressive()).isFalse();
		assertThat(facts.colour()).isEqualTo("RGB");
	}

	@Test
	void readsJfifDotsPerCentimetre() {
		// 38 dots/cm = 96.52 dpi
		Inspection<ImageFacts> result = inspector.inspect(TestImages.jpeg(800, 1100, Units.PER_CM, 38, false));

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.facts().dpiX()).isEqualTo(97);
	}

	@Test
	void refusesAResolutionOutsideTheRangeNamingTheMeasuredValue() {
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, 300)).refusal())
			.isEqualTo(Notice.of("image.dpi_out_of_range", "300"));
		// 118 dots/cm is 299.72 dpi
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, Units.PER_CM, 118, false)).refusal())
			.isEqualTo(Notice.of("image.dpi_out_of_range", "300"));
	}

	@Test
	void acceptsTheBoundsOfTheRangeAndRefusesJustOutside() {
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, 72)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestImages.jpeg(800, 1100, 100)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, 71)).refusalCode()).isEqualTo("image.dpi_out_of_range");
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, 101)).refusalCode()).isEqualTo("image.dpi_out_of_range");
	}

	@Test
	void showsBothAxesWhenTheyDiffer() {
		byte[] jpeg = JpegEncoder.encode(TestImages.page(600, 800, BufferedImage.TYPE_INT_RGB, false), 0.8f,
				Units.PER_INCH, 96, 150, false);

		assertThat(inspector.inspect(jpeg).refusal()).isEqualTo(Notice.of("image.dpi_out_of_range", "96×150"));
	}

	@Test
	void refusesAJpegThatRecordsNoResolution() {
		// JFIF units 0 is an aspect ratio, not a resolution (the default of many
		// encoders)
		assertThat(inspector.inspect(TestImages.jpeg(600, 800, Units.NONE, 1, false)).refusalCode())
			.isEqualTo("image.dpi_missing");
	}

	@Test
	void fallsBackToExifResolutionWithItsUnit() {
		byte[] plain = TestImages.jpeg(600, 800, Units.NONE, 1, false);

		Inspection<ImageFacts> inch = inspector.inspect(TestImages.withExif(plain, 96, 2, 0, true));
		Inspection<ImageFacts> cm = inspector.inspect(TestImages.withExif(plain, 35, 3, 0, false));
		Inspection<ImageFacts> tooFine = inspector.inspect(TestImages.withExif(plain, 300, 2, 0, false));

		assertThat(inch.isAccepted()).isTrue();
		assertThat(inch.facts().dpiSource()).isEqualTo("EXIF");
		assertThat(inch.facts().dpiX()).isEqualTo(96);
		assertThat(cm.facts().dpiX()).isEqualTo(89); // 35 × 2.54 = 88.9
		assertThat(tooFine.refusal()).isEqualTo(Notice.of("image.dpi_out_of_range", "300"));
	}

	@Test
	void jfifDensityWinsOverExif() {
		byte[] jfif96 = TestImages.jpeg(600, 800, 96);

		Inspection<ImageFacts> result = inspector.inspect(TestImages.withExif(jfif96, 300, 2, 0, false));

		assertThat(result.facts().dpiSource()).isEqualTo("JFIF");
		assertThat(result.facts().dpiX()).isEqualTo(96);
	}

	@Test
	void acceptsProgressiveAndGreyscaleJpegs() {
		Inspection<ImageFacts> progressive = inspector.inspect(TestImages.jpeg(800, 1100, Units.PER_INCH, 96, true));
		byte[] grey = JpegEncoder.encode(TestImages.page(800, 1100, BufferedImage.TYPE_BYTE_GRAY, false), 0.8f, 96);

		assertThat(progressive.isAccepted()).isTrue();
		assertThat(progressive.facts().progressive()).isTrue();
		assertThat(inspector.inspect(grey).facts().colour()).isEqualTo("GRAY");
	}

	@Test
	void acceptsACmykJpegWithoutDecodingIt() throws IOException {
		byte[] cmyk = TestImages.withExif(cmykJpeg(600, 800), 96, 2, 0, false);

		Inspection<ImageFacts> result = inspector.inspect(cmyk);

		assertThat(result.isAccepted()).isTrue();
		assertThat(result.facts().colour()).isEqualTo("CMYK");
	}

	@Test
	void judgesFilesFromImageMagick() throws IOException {
		assertThat(inspector.inspect(TestImages.sample("im-rgb-96dpi.jpg")).facts().dpiX()).isEqualTo(96);
		Inspection<ImageFacts> cmyk = inspector.inspect(TestImages.sample("im-cmyk-progressive-38dpcm.jpg"));
		assertThat(cmyk.facts().colour()).isEqualTo("CMYK");
		assertThat(cmyk.facts().progressive()).isTrue();
		assertThat(cmyk.facts().dpiX()).isEqualTo(97);
		assertThat(inspector.inspect(TestImages.sample("im-rgb-300dpi.jpg")).refusal())
			.isEqualTo(Notice.of("image.dpi_out_of_range", "300"));
		assertThat(inspector.inspect(TestImages.sample("im-no-dpi.png")).refusal())
			.isEqualTo(Notice.of("image.not_jpeg", "PNG"));
	}

	@Test
	void refusesFilesThatAreNotJpegWhateverTheirName() {
		byte[] png = TestImages.png(TestImages.page(100, 100, BufferedImage.TYPE_INT_RGB, false));

		assertThat(inspector.inspect(png).refusal()).isEqualTo(Notice.of("image.not_jpeg", "PNG"));
		assertThat(inspector.inspect("%PDF-1.7\n".getBytes()).refusal()).isEqualTo(Notice.of("image.not_jpeg", "PDF"));
		assertThat(inspector.inspect(new byte[0]).refusal()).isEqualTo(Notice.of("image.not_jpeg", "EMPTY"));
		assertThat(inspector.inspect("<html><script>".getBytes()).refusal())
			.isEqualTo(Notice.of("image.not_jpeg", "UNKNOWN"));
	}

	@Test
	void refusesAFileOf300KibibytesOrMore() {
		byte[] small = TestImages.jpeg(794, 1123, 96);

		assertThat(inspector.inspect(TestImages.paddedTo(small, 307_199)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestImages.paddedTo(small, 307_200)).refusal())
			.isEqualTo(Notice.of("image.too_large", "300", 307_200L));
		byte[] noisy = JpegEncoder.encode(TestImages.page(794, 1123, BufferedImage.TYPE_INT_RGB, true), 0.9f, 96);
		assertThat(inspector.inspect(noisy).refusalCode()).isEqualTo("image.too_large");
	}

	@Test
	void refusesTruncatedAndCorruptFiles() {
		byte[] whole = TestImages.jpeg(794, 1123, 96);
		byte[] progressive = TestImages.jpeg(794, 1123, Units.PER_INCH, 96, true);

		assertThat(inspector.inspect(Arrays.copyOf(whole, whole.length / 2)).refusalCode()).isEqualTo("image.corrupt");
		assertThat(inspector.inspect(Arrays.copyOf(whole, whole.length - 2)).refusalCode()).isEqualTo("image.corrupt");
		assertThat(inspector.inspect(Arrays.copyOf(progressive, progressive.length * 2 / 3)).refusalCode())
			.isEqualTo("image.corrupt");
		assertThat(inspector.inspect(Arrays.copyOf(whole, 200)).refusalCode()).isEqualTo("image.corrupt");
		assertThat(inspector.inspect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }).refusalCode())
			.isEqualTo("image.corrupt");
	}

	@Test
	void refusesADecompressionBombFromItsHeaderAlone() {
		byte[] bomb = TestImages.claimingSize(TestImages.jpeg(64, 64, 96), 60_000, 60_000);

		Inspection<ImageFacts> result = inspector.inspect(bomb);

		// Bounded work, not a clock: the refusal names the header's claim, which only the
		// frame header gives —
		// the scan data (64×64 pixels) was never decoded. How long it takes is the
		// benchmark's (bench/README).
		assertThat(bomb.length).isLessThan(5_000);
		assertThat(result.refusal()).isEqualTo(Notice.of("image.too_many_pixels", 60_000, 60_000, 40_000_000L));
	}

	@Test
	void warnsButAcceptsWhenThePhysicalSizeIsNotAPlausibleDocument() {
		Inspection<ImageFacts> poster = inspector.inspect(TestImages.jpeg(1600, 1200, 72)); // 564×423
																							// mm
		Inspection<ImageFacts> stamp = inspector.inspect(TestImages.jpeg(120, 100, 100)); // 30×25
																							// mm
		Inspection<ImageFacts> idCard = inspector.inspect(TestImages.jpeg(337, 213, 100)); // 85.6×54
																							// mm

		assertThat(poster.isAccepted()).isTrue();
		assertThat(poster.warnings()).containsExactly(Notice.of("image.larger_than_a3", 564L, 423L));
		assertThat(stamp.warnings()).containsExactly(Notice.of("image.smaller_than_card", 30L, 25L));
		assertThat(idCard.warnings()).isEmpty();
	}

	@Test
	void refusesMorePixelsThanAConformingScanCanHave() throws IOException {
		// A3 plus margin at 100 dpi is 1819×1287: beyond it no allowed dpi makes the
		// image a document at 1:1.
		assertThat(inspector.inspect(TestImages.jpeg(1819, 1287, 100)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestImages.jpeg(1287, 1819, 100)).isAccepted()).isTrue();
		assertThat(inspector.inspect(TestImages.jpeg(1820, 1000, 72)).refusal())
			.isEqualTo(Notice.of("image.dimensions_too_large", 1820, 1000, 1819, 1287));
		assertThat(inspector.inspect(TestImages.jpeg(1288, 1288, 100)).refusalCode())
			.isEqualTo("image.dimensions_too_large");
		// 36 megapixels of white page in 140 KB, and a frame header claiming 6300×6300
		// over an A4 page's data
		assertThat(inspector.inspect(TestImages.sample("im-36mp-white-gray.jpg")).refusal())
			.isEqualTo(Notice.of("image.dimensions_too_large", 6000, 6000, 1819, 1287));
		assertThat(
				inspector.inspect(TestImages.claimingSize(TestImages.jpeg(827, 1169, 100), 6300, 6300)).refusalCode())
			.isEqualTo("image.dimensions_too_large");
	}

	@Test
	void refusesAFrameHeaderThatClaimsMoreThanItsDataFills() {
		byte[] page = TestImages.jpeg(827, 1169, 100);
		byte[] progressive = TestImages.jpeg(827, 1169, Units.PER_INCH, 100, true);

		assertThat(inspector.inspect(TestImages.claimingSize(page, 1800, 1280)).refusal())
			.isEqualTo(Notice.of("image.truncated", 1800, 1280));
		assertThat(inspector.inspect(TestImages.claimingSize(page, 900, 1200)).refusalCode())
			.isEqualTo("image.truncated");
		assertThat(inspector.inspect(TestImages.claimingSize(progressive, 900, 1200)).refusalCode())
			.isEqualTo("image.truncated");
		// Within the last MCU (16×16 at 4:2:0) the data is the same: nothing is missing.
		assertThat(inspector.inspect(TestImages.claimingSize(page, 830, 1175)).isAccepted()).isTrue();
	}

	@Test
	void acceptsRealScansOfSeveralProducersWholeAndNotTruncated() throws IOException {
		for (String seed : new String[] { "im-baseline.jpg", "im-progressive-gray.jpg", "im-cmyk.jpg", "im-icc.jpg",
				"cjpeg-restart.jpg", "pdftoppm.jpg", "phone-exif.jpg" }) {
			assertThat(inspector.inspect(JpegCleanerTests.seed(seed)).refusal()).as(seed).isNull();
		}
		assertThat(inspector.inspect(TestImages.sample("im-rgb-96dpi.jpg")).refusal()).isNull();
		assertThat(inspector.inspect(TestImages.sample("im-cmyk-progressive-38dpcm.jpg")).refusal()).isNull();
		assertThat(inspector.inspect(TestImages.withExif(cmykJpeg(600, 800), 96, 2, 0, false)).refusal()).isNull();
		assertThat(inspector.inspect(TestImages.jpeg(1800, 1280, Units.PER_INCH, 100, true)).refusal()).isNull();
	}

	@Test
	void storesTheCleanedFileWithItsOwnFacts() {
		byte[] scan = TestImages.jpeg(794, 1123, 96);
		byte[] hostile = TestImages.concat(JpegCleanerTests.withSegment(scan, 0xFE, JpegCleanerTests.SCRIPT),
				JpegCleanerTests.SCRIPT);

		ImageInspector.Stored stored = inspector.inspectForStorage(hostile);

		assertThat(stored.content()).isEqualTo(scan);
		assertThat(stored.inspection().facts().bytes()).isEqualTo(scan.length);
		assertThat(inspector.inspectForStorage(TestImages.jpeg(600, 800, 300)).inspection().refusalCode())
			.isEqualTo("image.dpi_out_of_range");
	}

	/**
	 * A four-channel (CMYK) JPEG as the JDK writes a raster: no JFIF, so resolution comes
	 * from EXIF.
	 */
	static byte[] cmykJpeg(int width, int height) throws IOException {
		WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
		for (int y = 0; y < height; y += 7) {
			for (int x = 0; x < width; x++) {
				raster.setPixel(x, y, new int[] { 200, 40, 0, 30 });
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(raster, null, null), null);
			out.flush();
			return bytes.toByteArray();
		}
		finally {
			writer.dispose();
		}
	}

}
