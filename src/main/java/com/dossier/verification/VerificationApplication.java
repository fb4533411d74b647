package com.dossier.verification;

import java.time.Instant;
import java.util.List;

import com.dossier.enterprise.Contact;

/**
 * A 原件校对 application as stored: the records an enterprise brings to the window, the
 * contact person as they were when it was filed, and where it stands.
 */
public record VerificationApplication(long id, String number, long enterpriseId, Status status, Contact contact,
		Instant submittedAt, String submittedBy, String claimedBy, Instant claimedAt, Instant closedAt, int version,
		List<Item> items) {

	public enum Status {

		SUBMITTED, IN_PROGRESS, COMPLETED, WITHDRAWN;

		public boolean open() {
			return this == SUBMITTED || this == IN_PROGRESS;
		}

	}

	public enum Decision {

		PASS, FAIL

	}

	/**
	 * One record of the application and the clerk's decision on it (null until decided).
	 */
	public record Item(long recordId, String section, Decision decision, String reason, String decidedBy,
			Instant decidedAt) {

		public boolean decided() {
			return decision != null;
		}
	}

	public int decidedCount() {
		return (int) items.stream().filter(Item::decided).count();
	}

	public List<Long> recordIds() {
		return items.stream().map(Item::recordId).toList();
	}

	public Item item(long recordId) {
		return items.stream().filter(i -> i.recordId() == recordId).findFirst().orElse(null);
	}
}
