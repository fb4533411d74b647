package com.dossier.attachment.ocr;

import java.util.List;

/**
 * The scan pre-check of one attachment as shown (DESIGN §11's {@code ocr}): the reading's
 * status, and once DONE each value the scan should show and whether the recognised text
 * shows it. {@code text} is the recognised text, pages separated by form feeds.
 */
public record OcrReport(String status, List<Match> matches, String text) {

	/**
	 * {@code field} is the record field's key (or {@code enterpriseName} /
	 * {@code balanceSheet} for a scanned audit report's content checks).
	 */
	public record Match(String field, String label, String value, boolean found) {
	}

	public List<Match> missing() {
		return matches.stream().filter(m -> !m.found()).toList();
	}

}
