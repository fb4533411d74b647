package com.dossier.shared.web;

import java.io.IOException;

/**
 * A body without a declared length went past its ceiling while it was read: thrown from
 * the stream, so the reader (Jackson, through Spring's converter) stops at once.
 */
class BodyTooLargeException extends IOException {

	private final long ceiling;

	BodyTooLargeException(long ceiling) {
		super("request body exceeds " + ceiling + " bytes");
		this.ceiling = ceiling;
	}

	long ceiling() {
		return ceiling;
	}

	/**
	 * The refusal somewhere in the causes of an exception that reading the body raised.
	 */
	static BodyTooLargeException in(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
