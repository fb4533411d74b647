package com.dossier.verification.web;

import java.util.List;

import com.dossier.handbook.SectionTexts;

import org.springframework.stereotype.Component;

/**
 * The preset reasons a clerk picks for a failed item (DESIGN §6). A picked reason is stored in the guide's words,
 * whatever the clerk's language, because the enterprise's record and the API carry it as text; a page shows a stored
 * preset reason in the reader's language again, and a written reason as it was written.
 */
@Component
class ClerkReasons {

	static final List<String> CODES = List.of("mismatch", "no-original", "unclear", "wrong-data");

	private final SectionTexts texts;

	ClerkReasons(SectionTexts texts) {
		this.texts = texts;
	}

	/** What to store for a picked code, or the written text when the code is not a preset one. */
	String stored(String code, String written) {
		return CODES.contains(code) ? texts.text(key(code), SectionTexts.ZH) : written;
	}

	/** A stored reason in the reader's language; null stays null. */
	String shown(String stored) {
		if (stored == null) {
			return null;
		}
		return CODES.stream()
			.filter(c -> stored.equals(texts.text(key(c), SectionTexts.ZH)))
			.findFirst()
			.map(c -> texts.text(key(c)))
			.orElse(stored);
	}

	private static String key(String code) {
		return "verification.reason." + code;
	}
}
