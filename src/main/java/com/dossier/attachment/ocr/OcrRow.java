package com.dossier.attachment.ocr;

import java.time.Instant;

/**
 * One attachment's reading: what to read (blob and type), where the work stands and, once
 * done, the text — pages separated by form feeds, as Tesseract ends each page.
 */
public record OcrRow(long attachmentId, String sha256, String contentType, OcrState state, int attempts,
		Instant queuedAt, String claimedBy, Instant claimedAt, Instant finishedAt, Integer pages, Long millis,
		String error, String text) {

	public static final String PAGE_BREAK = "\f";

}
