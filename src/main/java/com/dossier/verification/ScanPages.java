package com.dossier.verification;

import java.util.Optional;

/**
 * The pages of a record's PDF scan as pictures, for the clerk's viewer (a browser shows a
 * picture where a PDF would be downloaded, and runs none of the PDF). The attachment
 * module implements it; with no implementation a PDF scan has no pages to show.
 */
public interface ScanPages {

	/**
	 * Page {@code page} (1 = the first) of PDF scan {@code scanId} of record
	 * {@code recordId} as PNG, when the signed-in user may read that scan and it has such
	 * a page; empty otherwise.
	 */
	Optional<byte[]> png(long recordId, long scanId, int page);

}
