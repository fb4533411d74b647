package com.dossier.attachment.conversion;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.TestPdfs;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.image.ImagePolicy;
import com.dossier.attachment.image.JpegEncoder;
import com.dossier.attachment.image.JpegEncoder.Units;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Inspection;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageConformerTests {

	private final ImageConformer conformer = new ImageConformer();

	private final ImageInspector inspector = new ImageInspector();

	@Test
	void turnsAPngWithoutResolutionIntoAConformingJpegOnTheChosenPaper() {
		byte[] png = TestImages.png(TestImages.page(1200, 900, BufferedImage.TYPE_INT_RGB, false));

		ConformedImage a4 = conformer.conform(png, null);
		ConformedImage card = conformer.conform(png, Paper.CARD);

		assertPasses(a4);
		assertThat(a4.paperUsed()).isEqualTo(Paper.A4);
		assertThat(a4.facts().widthMm()).isEqualTo(280); // 4:3 landscape fitted into
															// 297×210
		assertThat(a4.facts().heightMm()).isEqualTo(210);
		assertThat(a4.facts().dpiX()).isEqualTo(100);
		assertThat(card.facts().widthMm()).isEqualTo(72);
		assertThat(card.facts().heightMm()).isEqualTo(54);
	}

	@Test
	void keepsThePhysicalSizeOfA300DpiScan() {
		byte[] scan = TestImages.jpeg(2480, 3508, 300); // A4 at 300 dpi

		ConformedImage result = conformer.conform(scan, Paper.A5);

		assertPasses(result);
		assertThat(result.paperUsed()).isNull();
		assertThat(result.facts().dpiX()).isEqualTo(100);
		assertThat(result.facts().width()).isEqualTo(827);
		assertThat(result.facts().widthMm()).isEqualTo(210);
		assertThat(result.facts().heightMm()).isEqualTo(297);
	}

	@Test
	void compressesAThreeMegabytePhotoUnder300KilobytesAndStripsItsMetadata() throws Exception {
		byte[] photo = TestImages.withExif(JpegEncoder.encode(photo(3000, 2000), 0.97f, Units.NONE, 1, 1, false), 72, 2,
				0, false);
		assertThat(photo.length).isGreaterThan(3_000_000);

		ConformedImage result = conformer.conform(photo, Paper.A4);

		assertPasses(result);
		assertThat(result.paperUsed()).isEqualTo(Paper.A4); // 72 dpi would make it a
															// metre wide: fitted instead
		Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(result.jpeg()));
		for (Directory directory : metadata.getDirectories()) {
			assertThat(directory.getName()).isIn("JPEG", "JFIF", "Huffman", "File Type");
		}
	}

	@Test
	void keepsAResolutionAlreadyInRangeWithoutResampling() throws IOException {
		ConformedImage result = conformer.conform(TestImages.sample("im-cmyk-progressive-38dpcm.jpg"), null);

		assertPasses(result);
		assertThat(result.facts().dpiX()).isEqualTo(97);
		assertThat(result.facts().width()).isEqualTo(794);
		assertThat(result.facts().colour()).isEqualTo("RGB");
		assertThat(result.facts().progressive()).isFalse();
	}

	@Test
	void convertsImageMagickPngsWithAndWithoutResolution() throws IOException {
		ConformedImage at200 = conformer.conform(TestImages.sample("im-200dpi.png"), null);
		ConformedImage none = conformer.conform(TestImages.sample("im-no-dpi.png"), Paper.A5);

		assertPasses(at200);
		assertThat(at200.facts().width()).isEqualTo(800); // 1600 px at 200 dpi = 203 mm,
															// at 100 dpi 800 px
		assertPasses(none);
		assertThat(none.paperUsed()).isEqualTo(Paper.A5);
	}

	@Test
	void appliesTheExifOrientation() throws IOException {
		BufferedImage landscape = TestImages.page(400, 300, BufferedImage.TYPE_INT_RGB, false);
		Graphics2D g = landscape.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 60, 60); // marks the top-left corner as stored
		g.dispose();
		byte[] rotated = TestImages.withExif(JpegEncoder.encode(landscape, 0.9f, Units.NONE, 1, 1, false), 96, 2, 6,
				true);

		ConformedImage result = conformer.conform(rotated, null);

		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(result.jpeg()));
		assertThat(upright.getWidth()).isEqualTo(300);
		assertThat(upright.getHeight()).isEqualTo(400);
		assertThat(new Color(upright.getRGB(270, 30)).getRed()).isGreaterThan(200); // now
																					// top-right
		assertThat(new Color(upright.getRGB(30, 30)).getGreen()).isGreaterThan(200); // top-left
																						// is
																						// white
	}

	@Test
	void keepsGreyscaleGreyAndFlattensTransparency() {
		byte[] grey = TestImages.png(TestImages.page(800, 1100, BufferedImage.TYPE_BYTE_GRAY, false));
		BufferedImage alpha = new BufferedImage(600, 800, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = alpha.createGraphics();
		g.setColor(new Color(0, 0, 255, 128));
		g.fillRect(100, 100, 200, 200);
		g.dispose();

		ConformedImage fromGrey = conformer.conform(grey, null);
		ConformedImage fromAlpha = conformer.conform(TestImages.png(alpha), null);

		assertPasses(fromGrey);
		assertThat(fromGrey.facts().colour()).isEqualTo("GRAY");
		assertPasses(fromAlpha);
		assertThat(fromAlpha.facts().colour()).isEqualTo("RGB");
	}

	@Test
	void refusesBombsFromTheirHeaderBeforeDecoding() {
		byte[] jpegBomb = TestImages.claimingSize(TestImages.jpeg(64, 64, 96), 60_000, 60_000);
		byte[] pngBomb = pngClaiming(TestImages.png(TestImages.page(64, 64, BufferedImage.TYPE_INT_RGB, false)), 60_000,
				60_000);

		assertRefused(jpegBomb, "image.too_many_pixels");
		assertRefused(pngBomb, "image.too_many_pixels");
	}

	@Test
	void refusesWhatIsNotAnImage() {
		assertRefused(TestPdfs.text("x"), "image.unreadable");
		assertRefused("not an image at all".getBytes(), "image.unreadable");
		byte[] png = TestImages.png(TestImages.page(300, 300, BufferedImage.TYPE_INT_RGB, false));
		assertRefused(java.util.Arrays.copyOf(png, png.length / 3), "image.unreadable");
	}

	private void assertPasses(ConformedImage result) {
		Inspection<ImageFacts> inspection = inspector.inspect(result.jpeg());
		assertThat(inspection.isAccepted()).as("refusal %s", inspection.refusal()).isTrue();
		assertThat(inspection.warnings()).isEmpty();
		assertThat(result.jpeg().length).isLessThan(ImagePolicy.MAX_BYTES);
		assertThat(result.facts()).isEqualTo(inspection.facts());
	}

	private void assertRefused(byte[] source, String code) {
		assertThatThrownBy(() -> conformer.conform(source, null)).isInstanceOf(AttachmentRefusedException.class)
			.extracting(e -> ((AttachmentRefusedException) e).code())
			.isEqualTo(code);
	}

	/**
	 * A photo-like image: smooth colour gradients with sensor noise, which compresses
	 * like a real photo.
	 */
	private static BufferedImage photo(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int r = clamp(128 + (int) (100 * Math.sin(x / 180.0)) + random.nextInt(40) - 20);
				int gr = clamp(128 + (int) (100 * Math.cos(y / 140.0)) + random.nextInt(40) - 20);
				int b = clamp((x + y) * 255 / (width + height) + random.nextInt(40) - 20);
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
		return image;
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	/**
	 * Rewrites a PNG's IHDR width and height (and its CRC) so that a tiny file claims a
	 * huge image.
	 */
	private static byte[] pngClaiming(byte[] png, int width, int height) {
		byte[] copy = png.clone();
		int ihdr = 8; // after the signature: length(4) "IHDR"(4) width(4) height(4) ...
		writeInt(copy, ihdr + 8, width);
		writeInt(copy, ihdr + 12, height);
		CRC32 crc = new CRC32();
		crc.update(copy, ihdr + 4, 4 + 13);
		writeInt(copy, ihdr + 8 + 13, (int) crc.getValue());
		return copy;
	}

	private static void writeInt(byte[] b, int at, int value) {
		b[at] = (byte) (value >>> 24);
		b[at + 1] = (byte) (value >>> 16);
		b[at + 2] = (byte) (value >>> 8);
		b[at + 3] = (byte) value;
	}

}
