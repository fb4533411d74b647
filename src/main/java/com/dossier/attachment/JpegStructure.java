package com.dossier.attachment;

/**
 * Walks a JPEG's markers from SOI to EOI without decoding anything: segment lengths must stay inside the file,
 * entropy-coded data must end in a marker, and the image must end with EOI after at least one scan. This is what
 * tells a truncated download or a damaged scan from a whole file, at the cost of one pass over the bytes.
 */
final class JpegStructure {

	private static final int SOS = 0xDA;

	private static final int EOI = 0xD9;

	private JpegStructure() {
	}

	/** The byte offset of the first defect, or -1 when the structure is whole. */
	static long defectOffset(byte[] b) {
		if (!FileSignature.isJpeg(b)) {
			return 0;
		}
		int i = 2;
		boolean scanned = false;
		while (true) {
			if (i >= b.length || (b[i] & 0xFF) != 0xFF) {
				return i;
			}
			while (i < b.length && (b[i] & 0xFF) == 0xFF) {
				i++; // fill bytes
			}
			if (i >= b.length) {
				return i;
			}
			int marker = b[i++] & 0xFF;
			if (marker == EOI) {
				return scanned ? -1 : i - 2;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				continue; // markers without a length
			}
			if (i + 2 > b.length) {
				return i;
			}
			int length = ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
			if (length < 2 || i + length > b.length) {
				return i;
			}
			i += length;
			if (marker == SOS) {
				scanned = true;
				i = endOfEntropyData(b, i);
				if (i < 0) {
					return b.length;
				}
			}
		}
	}

	/** The offset of the marker that ends a scan's data, or -1 when the file ends first. */
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
