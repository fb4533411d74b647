package com.dossier.handbook;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The preset reasons a clerk picks when an item fails 原件校对 (DESIGN §6; texts
 * {@code verification.reason.<code>}). A picked reason is stored on the record in the
 * guide's words, whatever the clerk's language, because the record and the API carry it
 * as text; every page shows a stored preset reason in the reader's language again (issue
 * 14 #11), and a written reason as it was written. Here, beside the record, so that the
 * record's own pages can too.
 */
@Component
public class RejectionReasons {

	public static final List<String> CODES = List.of("mismatch", "no-original", "unclear", "wrong-data");

	private final SectionTexts texts;

	RejectionReasons(SectionTexts texts) {
		this.texts = texts;
	}

	/**
	 * What to store for a picked code, or the written text when the code is not a preset
	 * one.
	 */
	public String stored(String code, String written) {
		return CODES.contains(code) ? texts.text(key(code), SectionTexts.ZH) : written;
	}

	/** A stored reason in the reader's language; null stays null. */
	public String shown(String stored) {
		return shown(stored, texts);
	}

	/** The same, for view code that holds the texts rather than this bean. */
	public static String shown(String stored, SectionTexts texts) {
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
