package com.dossier.attachment.ocr;

import java.text.Normalizer;

/**
 * Finds a name (a person, a company, an address) in recognised text: Tesseract puts
 * spaces between Chinese characters and mixes full-width and half-width brackets, so both
 * sides are compared after NFKC with all white space removed, case ignored.
 */
final class NameMatch {

	private NameMatch() {
	}

	static boolean found(String value, String text) {
		String name = compact(value);
		return !name.isEmpty() && compact(text).contains(name);
	}

	static String compact(String s) {
		return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase();
	}

}
