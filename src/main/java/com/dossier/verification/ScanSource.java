package com.dossier.verification;

import java.util.List;

/**
 * Where the clerk's item view finds a record's scans. The attachment module implements it
 * (this module never depends on attachments); with no implementation the item view simply
 * says there are no scans.
 */
public interface ScanSource {

	List<Scan> scans(long recordId);

	/**
	 * What the scans of a record do not seem to show ("扫描件中未识别到 型号 QTZ80"), in the
	 * reader's language: a hint for the enterprise before it files, never a refusal.
	 */
	default List<String> hints(long recordId) {
		return List.of();
	}

	/**
	 * One scan: an image shown from {@code /api/v1/attachments/{id}/content}, a PDF page
	 * by page as pictures ({@link ScanPages}) — {@code pages} is its page count, 0 for an
	 * image; {@code notes} are the inspections already translated (dpi, size,
	 * audit-report checks); {@code check} is the scan pre-check, null for a file not
	 * read.
	 */
	record Scan(long id, String kindLabel, String fileName, boolean pdf, int pages, List<String> notes, Check check) {
	}

	/**
	 * The scan pre-check as the clerk reads it: the reading's status (PENDING, DONE,
	 * FAILED, UNAVAILABLE) in words, each value the scan should show, and the recognised
	 * text (null until read).
	 */
	record Check(String status, String statusText, List<Value> values, String text) {
	}

	record Value(String label, String value, boolean found) {
	}

}
