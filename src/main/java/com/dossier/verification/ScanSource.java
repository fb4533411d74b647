package com.dossier.verification;

import java.util.List;

/**
 * Where the clerk's item view finds a record's scans. The attachment module implements it (this module never
 * depends on attachments); with no implementation the item view simply says there are no scans.
 */
public interface ScanSource {

	List<Scan> scans(long recordId);

	/**
	 * One scan, shown from {@code /api/v1/attachments/{id}/content}: images with zoom and rotate, PDFs in the
	 * browser's viewer; {@code notes} are the inspections already translated (dpi, size, audit-report checks).
	 */
	record Scan(long id, String kindLabel, String fileName, boolean pdf, List<String> notes) {
	}
}
