package com.dossier.verification;

import java.time.Instant;

import com.dossier.verification.VerificationApplication.Status;

/** One line of the clerk's queue: enough to choose what to work on next. */
public record QueueEntry(String number, Status status, Instant submittedAt, String enterpriseName, String creditCode,
		String claimedBy, int itemCount, int decidedCount) {
}
