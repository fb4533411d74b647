package com.dossier.handbook.web;

import com.dossier.handbook.HandbookService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A section's records as the .xlsx download, the same for the page's 导出 link and the API.
 */
final class ExcelDownload {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private ExcelDownload() {
	}

	/**
	 * The section code names the file; it is one of the catalogue's, checked by the
	 * export before it is used.
	 */
	static ResponseEntity<byte[]> of(HandbookService handbook, long enterpriseId, String sectionCode) {
		byte[] file = handbook.exportExcel(enterpriseId, sectionCode);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + sectionCode + ".xlsx\"")
			.body(file);
	}

}
