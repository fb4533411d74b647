package com.dossier.attachment.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.dossier.attachment.inspection.FileSignature;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.shared.Sizes;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.jfif.JfifReader;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;

/**
 * The IMAGE policy. Judges the content, never the name: JPEG magic, the frame header and
 * JFIF/EXIF metadata read by metadata-extractor, pixel dimensions no conforming scan can
 * exceed, the marker structure up to EOI, and last — once everything cheap has passed, so
 * a bomb is refused from its header — one decode of the scan data (at most
 * {@link ImagePolicy#MAX_LONG_PX}×{@link ImagePolicy#MAX_SHORT_PX}) to see that it fills
 * the declared frame.
 */
public final class ImageInspector {

	/**
	 * Only the segment readers we need: frame header, JFIF and EXIF (no XMP, ICC,
	 * Photoshop parsers).
	 */
	private static final List<JpegSegmentMetadataReader> READERS = List.of(new JpegReader(), new JfifReader(),
			new ExifReader());

	/**
	 * An upload as it is stored: cleaned ({@link JpegCleaner}) and judged again, so the
	 * facts are the stored file's.
	 */
	public record Stored(byte[] content, Inspection<ImageFacts> inspection) {
	}

	public Inspection<ImageFacts> inspect(byte[] content) {
		return inspect(content, true);
	}

	/**
	 * The upload judged without decoding, and when it passes, cleaned and judged in full
	 * (decoded once).
	 */
	public Stored inspectForStorage(byte[] content) {
		Inspection<ImageFacts> upload = inspect(content, false);
		if (!upload.isAccepted()) {
			return new Stored(null, upload);
		}
		byte[] cleaned = JpegCleaner.clean(content);
		return new Stored(cleaned, inspect(cleaned, true));
	}

	/**
	 * JFIF, EXIF and the frame header as the policy reads them, or {@code null} when the
	 * segments are unreadable.
	 */
	static Metadata metadata(byte[] content) {
		try {
			return JpegMetadataReader.readMetadata(new ByteArrayInputStream(content), READERS);
		}
		catch (JpegProcessingException | IOException | RuntimeException e) {
			return null;
		}
	}

	private Inspection<ImageFacts> inspect(byte[] content, boolean decode) {
		if (!FileSignature.isJpeg(content)) {
			return Inspection.refused("image.not_jpeg", FileSignature.sniff(content));
		}
		if (content.length >= ImagePolicy.MAX_BYTES) {
			return Inspection.refused("image.too_large", Sizes.kb(content.length), (long) content.length);
		}
		Metadata metadata = metadata(content);
		if (metadata == null) {
			return Inspection.refused("image.corrupt", 0L);
		}
		JpegDirectory frame = metadata.getFirstDirectoryOfType(JpegDirectory.class);
		Integer width = frame == null ? null : frame.getInteger(JpegDirectory.TAG_IMAGE_WIDTH);
		Integer height = frame == null ? null : frame.getInteger(JpegDirectory.TAG_IMAGE_HEIGHT);
		if (width == null || height == null || width <= 0 || height <= 0) {
			return Inspection.refused("image.corrupt", 0L);
		}
		long pixels = (long) width * height;
		if (pixels > ImagePolicy.MAX_PIXELS) {
			return Inspection.refused("image.too_many_pixels", width, height, ImagePolicy.MAX_PIXELS);
		}
		long defect = JpegStructure.defectOffset(content);
		if (defect >= 0) {
			return Inspection.refused("image.corrupt", defect);
		}
		Optional<Resolution> found = Resolution.of(metadata);
		if (found.isEmpty()) {
			return Inspection.refused("image.dpi_missing");
		}
		Resolution dpi = found.get();
		if (!ImagePolicy.dpiInRange(dpi.dpiX()) || !ImagePolicy.dpiInRange(dpi.dpiY())) {
			return Inspection.refused("image.dpi_out_of_range", dpi.display());
		}
		if (!ImagePolicy.dimensionsAllowed(width, height)) {
			return Inspection.refused("image.dimensions_too_large", width, height, ImagePolicy.MAX_LONG_PX,
					ImagePolicy.MAX_SHORT_PX);
		}
		// libjpeg reports only its first warning: decoding the cleaned bytes keeps stray
		// markers or bytes between
		// segments from hiding a premature end, and judges exactly the data that would be
		// stored.
		Notice scan = decode ? ScanData.check(JpegCleaner.clean(content), width, height) : null;
		if (scan != null) {
			return new Inspection<>(null, List.of(), scan);
		}
		double widthMm = ImagePolicy.mm(width, dpi.x());
		double heightMm = ImagePolicy.mm(height, dpi.y());
		List<Notice> warnings = new ArrayList<>();
		Notice size = ImagePolicy.physicalSizeWarning(widthMm, heightMm);
		if (size != null) {
			warnings.add(size);
		}
		Integer type = frame.getInteger(JpegDirectory.TAG_COMPRESSION_TYPE);
		boolean progressive = type != null && (type & 0x3) == 2; // SOF2, SOF6, SOF10,
																	// SOF14
		Integer components = frame.getInteger(JpegDirectory.TAG_NUMBER_OF_COMPONENTS);
		return Inspection.accepted(new ImageFacts(content.length, width, height, dpi.dpiX(), dpi.dpiY(),
				dpi.source().name(), progressive, colour(components), Math.round(widthMm), Math.round(heightMm)),
				warnings);
	}

	private static String colour(Integer components) {
		if (components == null) {
			return "UNKNOWN";
		}
		return switch (components) {
			case 1 -> "GRAY";
			case 3 -> "RGB";
			case 4 -> "CMYK";
			default -> "UNKNOWN";
		};
	}

}
