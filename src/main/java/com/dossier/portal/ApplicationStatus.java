package com.dossier.portal;

import java.time.Instant;

/** What anyone may learn of an application from its number: nothing private. */
public record ApplicationStatus(String number, String status, Instant submittedAt, int itemCount, int decidedCount) {
}
