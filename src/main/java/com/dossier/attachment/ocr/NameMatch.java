package com.dossier.attachment.ocr;

import java.text.Normalizer;

/**
 * Finds a name (a person, a company, an address) in recognised text: Tesseract puts
 * spaces between Chinese characters, mixes full-width and half-width brackets and reads a
 * line's stray edge as |, so both sides are compared after NFKC without white space or |,
 * case ignored.
 */
final class NameMatch {

	private NameMatch() {
	}

	static boolean found(String value, String text) {
		String name = compact(value);
		return !name.isEmpty() && compact(text).contains(name);
	}

	static String compact(String s) {
		return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("[\\s|]+", "").toLowerCase();
	}

}
