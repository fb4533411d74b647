package com.dossier.attachment.conversion;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.image.ImagePolicy;
import com.dossier.attachment.image.Resolution;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.FileSignature;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.shared.Sizes;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * 图片自动调整: turns a photo or scan that breaks the IMAGE rules (PNG, 300 dpi, several MB)
 * into a JPEG that passes them. The physical size is kept when the source records a
 * resolution that gives a plausible document; otherwise the image is fitted to the paper
 * the user chose. The dpi is set within 72–100 (100 first, lower only when the size limit
 * demands it), the JPEG quality is binary-searched for the best that stays under 300 KB,
 * EXIF orientation is applied and nothing of the source's metadata is kept. Bombs are
 * refused from the header, and large sources are decoded subsampled, so the decoded image
 * never exceeds a few times the output.
 */
public final class ImageConformer {

	static final int MIN_QUALITY = 20;

	static final int MAX_QUALITY = 92;

	/**
	 * The largest source taken: what scanners produce (a 300-dpi A4 PNG is about 15 MB, a
	 * 600-dpi colour one more), read into memory once, then decoded subsampled within
	 * {@link #MAX_DECODED_PIXELS}.
	 */
	public static final long MAX_SOURCE_BYTES = 30L * 1024 * 1024;

	/**
	 * The largest source in pixels, checked from the header before decoding: A3 at 600
	 * dpi (7016×9921, 70 Mpx) would pass a decoder, but a scan worth keeping at 100 dpi
	 * needs no more than A4 at 600 dpi or A3 at 400 dpi (about 35 and 31 Mpx); beyond 60
	 * Mpx it is a panorama or a bomb.
	 */
	public static final long MAX_SOURCE_PIXELS = 60_000_000L;

	/**
	 * The decoder's target: at least twice the output size per axis (for clean
	 * downscaling), no more.
	 */
	static final long MAX_DECODED_PIXELS = 16_000_000L;

	private static final int[] DPI_STEPS = { 100, 90, 80, 72 };

	private final ImageInspector inspector = new ImageInspector();

	public ConformedImage conform(byte[] source, Paper paper) {
		Metadata metadata = metadata(source);
		Optional<Resolution> resolution = Resolution.of(metadata);
		BufferedImage decoded;
		Size size;
		// In memory: ImageIO's default would copy the upload to a temporary file first.
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(source))) {
			ImageReader reader = reader(input, source);
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_SOURCE_PIXELS) {
					throw refused("image.too_many_pixels", width, height, MAX_SOURCE_PIXELS);
				}
				size = Size.of(width, height, resolution, paper == null ? Paper.A4 : paper);
				decoded = decode(reader, size.pixelsAt(DPI_STEPS[0]), width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof AttachmentRefusedException refusal) {
				throw refusal;
			}
			// Whatever a decoder throws on a damaged or crafted file, the user gets a
			// named refusal, not a 500.
			throw refused("image.unreadable", FileSignature.sniff(source));
		}
		return encode(decoded, size, orientation(metadata), keptDpi(resolution, size));
	}

	/**
	 * Tries the dpi steps from {@code keptDpi} (the source's own, when in range: its
	 * pixels are then kept as they are) or 100 down to 72, and for each the best quality
	 * under the limit.
	 */
	private ConformedImage encode(BufferedImage decoded, Size size, int orientation, int keptDpi) {
		int type = decoded.getColorModel().getNumColorComponents() == 1 ? BufferedImage.TYPE_BYTE_GRAY
				: BufferedImage.TYPE_INT_RGB;
		long smallest = Long.MAX_VALUE;
		for (int dpi : dpiCandidates(keptDpi > 0 ? keptDpi : DPI_STEPS[0])) {
			int[] px = dpi == keptDpi ? new int[] { decoded.getWidth(), decoded.getHeight() } : size.pixelsAt(dpi);
			BufferedImage scaled = ImageScaling.resize(decoded, px[0], px[1], type);
			BufferedImage upright = ImageScaling.orient(scaled, orientation);
			QualitySearch.Result found = QualitySearch.best(upright, dpi, MIN_QUALITY, MAX_QUALITY,
					ImagePolicy.MAX_BYTES);
			if (found.jpeg() == null) {
				smallest = Math.min(smallest, found.smallestSize());
				continue;
			}
			Inspection<ImageFacts> check = inspector.inspect(found.jpeg());
			if (!check.isAccepted()) {
				throw new IllegalStateException("Converted image fails the IMAGE policy: " + check.refusal());
			}
			return new ConformedImage(found.jpeg(), check.facts(), found.quality(), size.paper(), check.warnings());
		}
		throw refused("image.cannot_conform", Sizes.kb(smallest));
	}

	/**
	 * The source's own dpi when it is already within 72–100 and its size was kept, else
	 * 0. Its pixels are then kept unresampled (they are decoded without subsampling: the
	 * decoder's target is at 100 dpi).
	 */
	private static int keptDpi(Optional<Resolution> resolution, Size size) {
		if (size.paper() == null && resolution.isPresent() && resolution.get().dpiX() == resolution.get().dpiY()
				&& ImagePolicy.dpiInRange(resolution.get().dpiX())) {
			return resolution.get().dpiX();
		}
		return 0;
	}

	private static Set<Integer> dpiCandidates(int start) {
		Set<Integer> candidates = new LinkedHashSet<>();
		candidates.add(start);
		for (int dpi : DPI_STEPS) {
			if (dpi < start) {
				candidates.add(dpi);
			}
		}
		return candidates;
	}

	/**
	 * Decodes with subsampling so that the decoded image is about twice the largest
	 * output, never more.
	 */
	private static BufferedImage decode(ImageReader reader, int[] target, int width, int height) throws IOException {
		int step = Math.max(1, Math.min(width / (2 * target[0]), height / (2 * target[1])));
		while ((long) (width / step) * (height / step) > MAX_DECODED_PIXELS) {
			step++;
		}
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(step, step, 0, 0);
		return reader.read(0, param);
	}

	private static ImageReader reader(ImageInputStream input, byte[] source) {
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			throw refused("image.unreadable", FileSignature.sniff(source));
		}
		return readers.next();
	}

	private static Metadata metadata(byte[] source) {
		try {
			return ImageMetadataReader.readMetadata(new ByteArrayInputStream(source), source.length);
		}
		catch (Exception e) {
			return new Metadata(); // no metadata: no resolution, upright
		}
	}

	private static int orientation(Metadata metadata) {
		ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		Integer value = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
		return value == null || value < 1 || value > 8 ? 1 : value;
	}

	private static AttachmentRefusedException refused(String code, Object... args) {
		return new AttachmentRefusedException(Notice.of(code, args));
	}

}
