package com.dossier.attachment.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.drew.lang.Rational;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.jfif.JfifDirectory;

/**
 * The APP0 and APP1 payloads {@link JpegCleaner} writes: minimal, of values already read,
 * so that no byte of the uploader's metadata segments survives — only the numbers the
 * IMAGE policy (and an upright display) needs.
 */
final class JpegMetadataSegments {

	private static final int SHORT = 3;

	private static final int LONG = 4;

	private static final int RATIONAL = 5;

	private static final long UINT32 = 0xFFFF_FFFFL;

	private JpegMetadataSegments() {
	}

	/**
	 * JFIF with the same version, units and density, no thumbnail; {@code null} when the
	 * density is incomplete.
	 */
	static byte[] jfif(JfifDirectory jfif) {
		if (jfif == null) {
			return null;
		}
		Integer units = jfif.getInteger(JfifDirectory.TAG_UNITS);
		Integer x = jfif.getInteger(JfifDirectory.TAG_RESX);
		Integer y = jfif.getInteger(JfifDirectory.TAG_RESY);
		if (units == null || x == null || y == null) {
			return null; // the inspector finds no JFIF resolution here either
		}
		Integer version = jfif.getInteger(JfifDirectory.TAG_VERSION);
		ByteBuffer b = ByteBuffer.allocate(14);
		b.put("JFIF\0".getBytes(StandardCharsets.US_ASCII));
		b.putShort((short) (version == null ? 0x0102 : version.intValue()));
		b.put((byte) units.intValue()).putShort((short) x.intValue()).putShort((short) y.intValue());
		b.put((byte) 0).put((byte) 0);
		return b.array();
	}

	private record Entry(int tag, int type, long value, Rational rational) {
	}

	/**
	 * EXIF IFD0 with Orientation, X/YResolution and ResolutionUnit as read; {@code null}
	 * when it has none.
	 */
	static byte[] exif(ExifIFD0Directory exif) {
		if (exif == null) {
			return null;
		}
		List<Entry> entries = new ArrayList<>(); // in ascending tag order, as TIFF
													// requires
		Integer orientation = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
		if (orientation != null && orientation >= 1 && orientation <= 8) {
			entries.add(new Entry(ExifIFD0Directory.TAG_ORIENTATION, SHORT, orientation, null));
		}
		rational(exif, ExifIFD0Directory.TAG_X_RESOLUTION, entries);
		rational(exif, ExifIFD0Directory.TAG_Y_RESOLUTION, entries);
		Integer unit = exif.getInteger(ExifIFD0Directory.TAG_RESOLUTION_UNIT);
		if (unit != null && unit >= 0) {
			entries.add(new Entry(ExifIFD0Directory.TAG_RESOLUTION_UNIT, unit <= 0xFFFF ? SHORT : LONG, unit, null));
		}
		if (entries.isEmpty()) {
			return null;
		}
		int ifd = 8;
		int data = ifd + 2 + entries.size() * 12 + 4;
		int rationals = (int) entries.stream().filter(e -> e.rational() != null).count();
		ByteBuffer b = ByteBuffer.allocate(6 + data + rationals * 8); // big-endian ("MM")
		b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		b.put(new byte[] { 'M', 'M', 0, 42 }).putInt(ifd);
		b.putShort((short) entries.size());
		int next = data;
		for (Entry e : entries) {
			b.putShort((short) e.tag()).putShort((short) e.type()).putInt(1);
			if (e.rational() != null) {
				b.putInt(next);
				next += 8;
			}
			else if (e.type() == SHORT) {
				b.putShort((short) e.value()).putShort((short) 0);
			}
			else {
				b.putInt((int) e.value());
			}
		}
		b.putInt(0);
		for (Entry e : entries) {
			if (e.rational() != null) {
				b.putInt((int) e.rational().getNumerator()).putInt((int) e.rational().getDenominator());
			}
		}
		return b.array();
	}

	/**
	 * Only a value an unsigned TIFF RATIONAL can hold; the inspector ignores any other
	 * (zero, negative) anyway.
	 */
	private static void rational(ExifIFD0Directory exif, int tag, List<Entry> entries) {
		Rational r = exif.getRational(tag);
		if (r != null && r.getNumerator() >= 0 && r.getNumerator() <= UINT32 && r.getDenominator() > 0
				&& r.getDenominator() <= UINT32) {
			entries.add(new Entry(tag, RATIONAL, 0, r));
		}
	}

}
