package com.dossier.attachment.ocr;

/**
 * Where a scan's reading stands. QUEUED and RUNNING are shown as PENDING (DESIGN §11);
 * UNAVAILABLE means this installation has no scan reader, which changes nothing else.
 */
public enum OcrState {

	QUEUED, RUNNING, DONE, FAILED, UNAVAILABLE;

	/** The status of the attachment JSON's {@code ocr}. */
	public String status() {
		return this == QUEUED || this == RUNNING ? "PENDING" : name();
	}

}
