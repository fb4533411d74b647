package com.dossier.verification;

import java.time.LocalDate;

import com.dossier.verification.VerificationApplication.Status;

/**
 * What the clerk narrowed the queue to; every part may be null. {@code day} is the
 * submission day in Shanghai, {@code enterprise} a credit code or part of a name.
 */
public record QueueFilter(LocalDate day, Status status, String enterprise) {

	public static QueueFilter none() {
		return new QueueFilter(null, null, null);
	}
}
