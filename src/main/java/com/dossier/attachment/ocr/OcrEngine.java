package com.dossier.attachment.ocr;

import java.time.Duration;

/** Reads the text of one page picture (PNG or JPEG). */
interface OcrEngine {

	/** Whether the reader is installed with the languages it needs. */
	boolean available();

	/**
	 * The page's text.
	 * @throws OcrException when reading failed or took longer than {@code timeout}
	 */
	String read(byte[] image, Duration timeout);

}
