package com.dossier.attachment.inspection;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;

/**
 * What a file really is from its first bytes, so that a refusal can say "this is a PNG"
 * rather than trusting the file name or the browser's content type. Naming is
 * metadata-extractor's {@link FileTypeDetector}; the two checks that decide acceptance
 * stay ours and strict: a JPEG starts with SOI and a marker, a PDF has its header within
 * the first 1024 bytes (as readers accept it; the detector wants it at the start).
 */
public final class FileSignature {

	private FileSignature() {
	}

	public static boolean isJpeg(byte[] b) {
		return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
	}

	/**
	 * PDF readers accept the header anywhere in the first 1024 bytes; so do we, and
	 * nothing else.
	 */
	public static boolean isPdf(byte[] b) {
		return indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0;
	}

	/**
	 * The type's short name in capitals (JPEG, PNG, TIFF, HEIF, ZIP…), EMPTY or UNKNOWN;
	 * for messages only.
	 */
	public static String sniff(byte[] b) {
		if (b.length == 0) {
			return "EMPTY";
		}
		if (isJpeg(b)) {
			return "JPEG";
		}
		FileType type;
		try {
			type = FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(b)));
		}
		catch (IOException | RuntimeException e) {
			type = FileType.Unknown;
		}
		if (type == FileType.Unknown) {
			return isPdf(b) ? "PDF" : "UNKNOWN";
		}
		return switch (type) {
			// camera raw formats share TIFF's header: a TIFF whose first IFD is at offset
			// 8 is named ARW
			case Arw, Cr2, Nef, Orf, Rw2 -> "TIFF";
			default -> type.getName().toUpperCase(Locale.ROOT);
		};
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
