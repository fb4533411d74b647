package com.dossier.attachment.inspection;

import java.nio.charset.StandardCharsets;

/**
 * Names what a file really is from its first bytes, so that a refusal can say "this is a PNG" rather than trusting
 * the file name or the browser's content type.
 */
public final class FileSignature {

	private FileSignature() {
	}

	public static boolean isJpeg(byte[] b) {
		return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	/** PDF readers accept the header anywhere in the first 1024 bytes; so do we, and nothing else. */
	public static boolean isPdf(byte[] b) {
		return indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0;
	}

	public static String sniff(byte[] b) {
		if (isJpeg(b)) {
			return "JPEG";
		}
		if (startsWith(b, 0x89, 'P', 'N', 'G')) {
			return "PNG";
		}
		if (startsWith(b, 'G', 'I', 'F', '8')) {
			return "GIF";
		}
		if (startsWith(b, 'B', 'M')) {
			return "BMP";
		}
		if (startsWith(b, 'I', 'I', 0x2A, 0) || startsWith(b, 'M', 'M', 0, 0x2A)) {
			return "TIFF";
		}
		if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
			return "WEBP";
		}
		if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
			return "HEIF/MP4";
		}
		if (isPdf(b)) {
			return "PDF";
		}
		if (startsWith(b, 'P', 'K', 3, 4)) {
			return "ZIP/Office";
		}
		return b.length == 0 ? "EMPTY" : "UNKNOWN";
	}

	private static boolean startsWith(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] b, byte[] needle, int within) {
		int last = Math.min(b.length - needle.length, within);
		outer: for (int i = 0; i <= last; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (b[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
