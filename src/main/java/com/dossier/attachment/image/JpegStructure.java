package com.dossier.attachment.image;

import java.util.ArrayList;
import java.util.List;

import com.dossier.attachment.inspection.FileSignature;

/**
 * Walks a JPEG's markers from SOI to EOI without decoding anything: segment lengths must
 * stay inside the file, entropy-coded data must end in a marker, and the image must end
 * with EOI after at least one scan. This is what tells a truncated download or a damaged
 * scan from a whole file, at the cost of one pass over the bytes; the segments it finds
 * are what {@link JpegCleaner} rewrites.
 */
final class JpegStructure {

	static final int SOS = 0xDA;

	static final int EOI = 0xD9;

	/**
	 * One marker segment: {@code marker} is the byte after 0xFF, {@code start} the offset
	 * of that 0xFF (fill bytes before it left out), {@code end} the offset after it —
	 * after the entropy-coded data for a scan.
	 */
	record Segment(int marker, int start, int end) {

		/**
		 * The payload after the two length bytes, up to the end of the segment proper
		 * (not the scan data).
		 */
		int payloadStart() {
			return start + 4;
		}
	}

	/**
	 * The segments from the first after SOI to EOI, or the offset of the first defect.
	 */
	record Walk(List<Segment> segments, long defect) {

		boolean whole() {
			return defect < 0;
		}
	}

	private JpegStructure() {
	}

	/** The byte offset of the first defect, or -1 when the structure is whole. */
	static long defectOffset(byte[] b) {
		return walk(b).defect();
	}

	static Walk walk(byte[] b) {
		if (!FileSignature.isJpeg(b)) {
			return defect(0);
		}
		List<Segment> segments = new ArrayList<>();
		int i = 2;
		boolean scanned = false;
		while (true) {
			if (i >= b.length || (b[i] & 0xFF) != 0xFF) {
				return defect(i);
			}
			while (i < b.length && (b[i] & 0xFF) == 0xFF) {
				i++; // fill bytes
			}
			if (i >= b.length) {
				return defect(i);
			}
			int start = i - 1;
			int marker = b[i++] & 0xFF;
			if (marker == EOI) {
				segments.add(new Segment(marker, start, i));
				return scanned ? new Walk(segments, -1) : defect(i - 2);
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				segments.add(new Segment(marker, start, i));
				continue; // markers without a length
			}
			if (i + 2 > b.length) {
				return defect(i);
			}
			int length = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
			if (length < 2 || i + length > b.length) {
				return defect(i);
			}
			i += length;
			if (marker == SOS) {
				scanned = true;
				i = endOfEntropyData(b, i);
				if (i < 0) {
					return defect(b.length);
				}
			}
			segments.add(new Segment(marker, start, i));
		}
	}

	private static Walk defect(long offset) {
		return new Walk(List.of(), offset);
	}

	/**
	 * The offset of the marker that ends a scan's data, or -1 when the file ends first.
	 */
	private static int endOfEntropyData(byte[] b, int i) {
		while (i < b.length - 1) {
			if ((b[i] & 0xFF) == 0xFF) {
				int next = b[i + 1] & 0xFF;
				if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
					i += next == 0xFF ? 1 : 2; // stuffed byte, restart marker or fill
					continue;
				}
				return i;
			}
			i++;
		}
		return -1;
	}

}
