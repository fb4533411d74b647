package com.dossier.attachment.ocr;

/** A page that could not be read; {@code getMessage()} is a short stable reason. */
final class OcrException extends RuntimeException {

	OcrException(String reason) {
		super(reason);
	}

}
