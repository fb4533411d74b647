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
	 * One scan: an image shown from {@code /api/v1/attachments/{id}/content}, a PDF page
	 * by page as pictures ({@link ScanPages}) — {@code pages} is its page count, 0 for an
	 * image; {@code notes} are the inspections already translated (dpi, size,
	 * audit-report checks).
	 */
	record Scan(long id, String kindLabel, String fileName, boolean pdf, int pages, List<String> notes) {
	}

}
