package com.dossier.attachment.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.dossier.attachment.inspection.Notice;

/**
 * Whether a JPEG's scan data fills the frame its header declares. The structure walk
 * cannot tell: a frame header claiming 6300×6300 over the data of an 827×1169 page is
 * well formed. So the data is decoded once — by the JDK's libjpeg-based reader, as raw
 * samples (no colour conversion, so CMYK and odd ICC profiles cost nothing), subsampled
 * to at most {@link #MAX_DECODED_PIXELS} — and libjpeg's own verdict is taken: it warns
 * "premature end of data segment" when the entropy-coded data runs out before the last
 * MCU, and fills the rest with grey, which a clerk would then take for the scan. Other
 * warnings (extraneous bytes before a marker, which some scanners write) are left alone;
 * a file the decoder cannot decode at all is corrupt, whatever its header says.
 */
final class ScanData {

	/**
	 * The decoded raster's bound: the entropy decoding still covers every MCU, the memory
	 * stays small.
	 */
	static final long MAX_DECODED_PIXELS = 600_000L;

	private ScanData() {
	}

	/**
	 * {@code null} when the data fills the frame, else the refusal
	 * ({@code image.truncated} or corrupt).
	 */
	static Notice check(byte[] jpeg, int width, int height) {
		List<String> warnings = new ArrayList<>();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
			ImageReader reader = libjpeg();
			try {
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				reader.setInput(input, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				int step = 1;
				while ((long) ceilDiv(width, step) * ceilDiv(height, step) > MAX_DECODED_PIXELS) {
					step++;
				}
				param.setSourceSubsampling(step, step, 0, 0);
				reader.readRaster(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return Notice.of("image.corrupt", 0L);
		}
		boolean premature = warnings.stream()
			.anyMatch(w -> w != null && w.toLowerCase(Locale.ROOT).contains("premature end"));
		return premature ? Notice.of("image.truncated", width, height) : null;
	}

	/**
	 * The JDK's own reader: TwelveMonkeys (registered for the converter) would convert
	 * colours, parse ICC profiles and read metadata we have already judged.
	 */
	private static ImageReader libjpeg() {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
		ImageReader fallback = null;
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (reader.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg.")) {
				if (fallback != null) {
					fallback.dispose();
				}
				return reader;
			}
			if (fallback == null) {
				fallback = reader;
			}
			else {
				reader.dispose();
			}
		}
		if (fallback == null) {
			throw new IllegalStateException("No JPEG reader");
		}
		return fallback;
	}

	private static int ceilDiv(int a, int b) {
		return (a + b - 1) / b;
	}

}
