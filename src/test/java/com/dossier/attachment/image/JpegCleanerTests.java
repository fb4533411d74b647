package com.dossier.attachment.image;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.dossier.attachment.TestImages;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Inspection;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JpegCleanerTests {

	static final byte[] SCRIPT = "<script>alert(document.domain)</script>".getBytes(StandardCharsets.US_ASCII);

	private final ImageInspector inspector = new ImageInspector();

	@Test
	void dropsCommentsAndEverythingAfterEoiKeepingThePixels() throws IOException {
		byte[] scan = TestImages.jpeg(794, 1123, 96);
		byte[] hostile = TestImages.concat(withSegment(scan, 0xFE, SCRIPT), SCRIPT);
		assertThat(inspector.inspect(hostile).isAccepted()).isTrue();

		byte[] cleaned = JpegCleaner.clean(hostile);

		assertThat(contains(cleaned, SCRIPT)).isFalse();
		assertThat(contains(cleaned, "<script".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(cleaned).isEqualTo(JpegCleaner.clean(scan));
		assertThat(cleaned[cleaned.length - 2] & 0xFF).isEqualTo(0xFF);
		assertThat(cleaned[cleaned.length - 1] & 0xFF).isEqualTo(JpegStructure.EOI);
		assertSamePixels(hostile, cleaned);
		Inspection<ImageFacts> again = inspector.inspect(cleaned);
		assertThat(again.facts().dpiX()).isEqualTo(96);
		assertThat(again.facts().width()).isEqualTo(794);
	}

	@Test
	void anImageIoScanIsAlreadyClean() {
		byte[] scan = TestImages.jpeg(600, 800, 96);

		assertThat(JpegCleaner.clean(scan)).isEqualTo(scan);
	}

	@Test
	void rebuildsExifWithOnlyResolutionAndOrientation() throws Exception {
		byte[] phone = seed("phone-exif.jpg");

		byte[] cleaned = JpegCleaner.clean(phone);

		assertThat(cleaned.length).isLessThan(phone.length);
		Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(cleaned));
		ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		assertThat(exif.getInt(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
		assertThat(exif.getRational(ExifIFD0Directory.TAG_X_RESOLUTION).doubleValue()).isEqualTo(72.0);
		assertThat(exif.getInt(ExifIFD0Directory.TAG_RESOLUTION_UNIT)).isEqualTo(2);
		assertThat(exif.getString(ExifIFD0Directory.TAG_MAKE)).isNull();
		assertThat(metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class)).isNull();
		assertThat(contains(cleaned, "phone comment".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(contains(cleaned, "http://ns.adobe.com/xap".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(inspector.inspect(cleaned).facts().dpiSource()).isEqualTo("EXIF");
		assertSamePixels(phone, cleaned);
	}

	@Test
	void rebuildsJfifWithoutItsThumbnail() throws Exception {
		byte[] scan = TestImages.jpeg(600, 800, 96);
		int jfifLength = ((scan[4] & 0xFF) << 8) | (scan[5] & 0xFF);
		byte[] rest = Arrays.copyOfRange(scan, 4 + jfifLength, scan.length);
		byte[] thumbnail = new byte[3 * 4 * 4];
		System.arraycopy(SCRIPT, 0, thumbnail, 0, SCRIPT.length);
		byte[] jfif = TestImages.concat(new byte[] { 'J', 'F', 'I', 'F', 0, 1, 2, 1, 0, 96, 0, 96, 4, 4 }, thumbnail);
		byte[] withThumbnail = TestImages.concat(segment(0xE0, jfif), rest);
		withThumbnail = TestImages.concat(new byte[] { (byte) 0xFF, (byte) 0xD8 }, withThumbnail);

		byte[] cleaned = JpegCleaner.clean(withThumbnail);

		assertThat(contains(cleaned, SCRIPT)).isFalse();
		JfifDirectory read = readJfif(cleaned);
		assertThat(read.getInt(JfifDirectory.TAG_RESX)).isEqualTo(96);
		assertThat(read.getInt(JfifDirectory.TAG_THUMB_WIDTH)).isZero();
		assertSamePixels(withThumbnail, cleaned);
	}

	@Test
	void keepsTheIccProfileAndAdobesColourTransform() throws IOException {
		byte[] icc = seed("im-icc.jpg");
		byte[] cmyk = seed("im-cmyk.jpg");

		byte[] cleanedIcc = JpegCleaner.clean(icc);
		byte[] cleanedCmyk = JpegCleaner.clean(cmyk);

		assertThat(contains(cleanedIcc, "ICC_PROFILE".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(contains(cleanedIcc, "scanner comment".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(contains(cleanedCmyk, "Adobe".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertSamePixels(icc, cleanedIcc);
		assertSamePixels(cmyk, cleanedCmyk);
	}

	@Test
	void cleaningTwiceChangesNothing() throws IOException {
		for (String seed : new String[] { "phone-exif.jpg", "im-icc.jpg", "im-progressive-gray.jpg",
				"cjpeg-restart.jpg", "pdftoppm.jpg" }) {
			byte[] once = JpegCleaner.clean(seed(seed));
			assertThat(JpegCleaner.clean(once)).as(seed).isEqualTo(once);
		}
	}

	@Test
	void refusesAFileThatIsNotWhole() {
		byte[] scan = TestImages.jpeg(200, 200, 96);

		assertThatThrownBy(() -> JpegCleaner.clean(Arrays.copyOf(scan, scan.length / 2))).isInstanceOfSatisfying(
				AttachmentRefusedException.class, e -> assertThat(e.code()).isEqualTo("image.corrupt"));
	}

	static byte[] seed(String name) throws IOException {
		try (java.io.InputStream in = JpegCleanerTests.class.getResourceAsStream("/fuzz/jpeg/" + name)) {
			return in.readAllBytes();
		}
	}

	/** The bytes with one extra segment right after SOI. */
	static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
		return TestImages.concat(TestImages.concat(Arrays.copyOf(jpeg, 2), segment(marker, payload)),
				Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	static byte[] segment(int marker, byte[] payload) {
		int length = payload.length + 2;
		return TestImages.concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length },
				payload);
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static JfifDirectory readJfif(byte[] jpeg) throws IOException {
		try {
			return JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
				.getFirstDirectoryOfType(JfifDirectory.class);
		}
		catch (com.drew.imaging.jpeg.JpegProcessingException e) {
			throw new IOException(e);
		}
	}

	/** Both decode to the same samples: the cleaning touched no image data. */
	static void assertSamePixels(byte[] a, byte[] b) throws IOException {
		Raster ra = raster(a);
		Raster rb = raster(b);
		assertThat(rb.getWidth()).isEqualTo(ra.getWidth());
		assertThat(rb.getHeight()).isEqualTo(ra.getHeight());
		assertThat(rb.getPixels(0, 0, rb.getWidth(), rb.getHeight(), (int[]) null))
			.isEqualTo(ra.getPixels(0, 0, ra.getWidth(), ra.getHeight(), (int[]) null));
	}

	private static Raster raster(byte[] jpeg) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
			try {
				reader.setInput(in);
				return reader.readRaster(0, null);
			}
			finally {
				reader.dispose();
			}
		}
	}

}
