package com.dossier.qualification;

import java.time.Instant;
import java.util.List;

import com.dossier.enterprise.Contact;
import com.dossier.handbook.Level;

/**
 * A 资质申请 as stored: the qualification asked for, the handbook records it relies on (with
 * their level when filed), the contact person as they were at filing, and where it
 * stands. {@code reason} is the reviewer's, shown to the enterprise.
 */
public record QualificationApplication(long id, String number, long enterpriseId, String enterpriseName,
		String creditCode, Kind kind, String category, String grade, Status status, Contact contact,
		Instant submittedAt, String submittedBy, String claimedBy, Instant claimedAt, Instant decidedAt, String reason,
		List<Item> items) {

	/** 首次申请, 增项, 升级, 延续, 简易变更. */
	public enum Kind {

		FIRST, ADD, UPGRADE, RENEW, CHANGE

	}

	public enum Status {

		SUBMITTED, IN_REVIEW, APPROVED, RETURNED, WITHDRAWN;

		public boolean open() {
			return this == SUBMITTED || this == IN_REVIEW;
		}

		public boolean decided() {
			return this == APPROVED || this == RETURNED;
		}

	}

	public enum Result {

		APPROVE, RETURN

	}

	/** One cited record and its level when the application was filed. */
	public record Item(long recordId, String section, Level level) {
	}

	public List<Long> recordIds() {
		return items.stream().map(Item::recordId).toList();
	}

	QualificationApplication withItems(List<Item> all) {
		return new QualificationApplication(id, number, enterpriseId, enterpriseName, creditCode, kind, category, grade,
				status, contact, submittedAt, submittedBy, claimedBy, claimedAt, decidedAt, reason, all);
	}

}
