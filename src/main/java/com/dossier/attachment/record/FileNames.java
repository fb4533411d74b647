package com.dossier.attachment.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place file names are cleaned: the base name only (no directories, either
 * slash), NFC-normalised, without control, format (bidi overrides and isolates, U+200E/F,
 * U+061C, zero-width characters) or unpaired surrogate characters, quotes or characters
 * Windows forbids, at most 120 characters, and — for a stored or served file — ending in
 * the extension of its verified type, whatever the uploader called it
 * ({@code invoice.hta} becomes {@code invoice.jpg}). A name is only ever displayed or put
 * in Content-Disposition, never used as a path.
 */
public final class FileNames {

	static final int MAX = 120;

	/**
	 * {@code \p{Cf}} holds every bidi control (U+202A–E, U+2066–9, U+200E/F, U+061C) and
	 * the zero-width ones.
	 */
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\"<>:|?*]");

	/** What reads as an extension: a dot and up to ten letters or digits at the end. */
	private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{L}\\p{N}]{1,10}$");

	private FileNames() {
	}

	/** The cleaned base name, or {@code fallback} when nothing printable is left. */
	static String safe(String original, String fallback) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = UNSAFE.matcher(name).replaceAll("");
		// Windows drops trailing dots and spaces, which would turn "x.hta." back into
		// "x.hta".
		name = name.strip().replaceAll("^\\.+|[.\\s]+$", "");
		return fit(name.isBlank() ? fallback : name);
	}

	/**
	 * The cleaned name ending in the extension of {@code contentType} (.jpg for JPEG,
	 * .pdf for PDF).
	 */
	public static String forType(String original, String contentType, String fallback) {
		String name = safe(original, fallback);
		String extension = extension(contentType);
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"))) {
			return name;
		}
		return fit(EXTENSION.matcher(name).replaceFirst("") + extension);
	}

	/**
	 * The same name with the given extension instead of its own (a converted image
	 * becomes .jpg).
	 */
	static String withExtension(String name, String extension) {
		return fit(EXTENSION.matcher(name).replaceFirst("") + extension);
	}

	static String extension(String contentType) {
		return "application/pdf".equals(contentType) ? ".pdf" : ".jpg";
	}

	private static String fit(String name) {
		if (name.length() <= MAX) {
			return name;
		}
		Matcher ext = EXTENSION.matcher(name);
		String keep = ext.find() ? ext.group() : "";
		int cut = MAX - keep.length();
		if (Character.isLowSurrogate(name.charAt(cut))) {
			cut--; // never split a character outside the BMP
		}
		return name.substring(0, cut) + keep;
	}

}
