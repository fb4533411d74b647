package com.dossier.handbook;

import java.time.Instant;
import java.util.Map;

import com.dossier.shared.ConflictException;
import com.dossier.shared.NotFoundException;

/**
 * One record of a section, as stored. It guards its own state: whatever a client sends, a
 * record that is not level D, or is pending in a verification application, or is at
 * another version, refuses to change.
 *
 * @param data canonical string values by field key, in the order of the definition
 * @param revisionOf the B/C record this D draft will replace once verified, or null
 */
public record HandbookRecord(long id, long enterpriseId, String section, Level level, RecordStatus status, int version,
		Map<String, String> data, Long revisionOf, String rejectionReason, boolean deleted, String createdBy,
		Instant createdAt, String updatedBy, Instant updatedAt) {

	/** Edit, delete and attach: only a D record that is not frozen in an application. */
	public void requireEditable() {
		if (!level.editableByEnterprise()) {
			throw new ConflictException("record.locked");
		}
		if (status == RecordStatus.PENDING) {
			throw new ConflictException("record.pending");
		}
	}

	public void requireVersion(int expected) {
		if (expected != version) {
			throw new ConflictException("record.version_conflict");
		}
	}

	/**
	 * 变更 opens a revision of a B or C record; A data is changed in its management system,
	 * D data directly.
	 */
	public void requireRevisable() {
		if (!level.revisable()) {
			throw new ConflictException(level == Level.D ? "record.editable" : "record.locked");
		}
	}

	/** What may be filed for 原件校对: an editable record, i.e. D and not already pending. */
	public boolean submittable() {
		return level == Level.D && (status == RecordStatus.DRAFT || status == RecordStatus.REJECTED);
	}

	public boolean editable() {
		return level.editableByEnterprise() && status != RecordStatus.PENDING && !deleted;
	}

	public boolean isRevision() {
		return revisionOf != null;
	}

	/*
	 * The life of a record (DESIGN §4). Each transition returns the record's next
	 * version, or refuses by itself when the record is not in a state it may start from;
	 * callers write the result (RecordWriter) and so cannot skip a check that another
	 * caller remembered.
	 */

	/**
	 * The enterprise changed the data; a failed record becomes a draft again, still
	 * showing why it failed.
	 */
	HandbookRecord edited(Map<String, String> newData) {
		requireLive();
		requireEditable();
		return next(Level.D, RecordStatus.DRAFT, newData, rejectionReason, false);
	}

	/** The enterprise deleted it: it leaves the pages and stays in the history. */
	HandbookRecord removed() {
		requireLive();
		requireEditable();
		return next(level, status, data, rejectionReason, true);
	}

	/**
	 * Filed for 原件校对: frozen until the clerk decides or the enterprise withdraws. An
	 * earlier failure's reason is kept: a withdrawal gives the record back as it was,
	 * reason included; the clerk's decision replaces it.
	 */
	HandbookRecord filed() {
		requireLive();
		if (!submittable()) {
			requireEditable();
			throw new ConflictException("record.locked");
		}
		return next(level, RecordStatus.PENDING, data, rejectionReason, false);
	}

	/** The application was withdrawn before a decision: editable again. */
	HandbookRecord released() {
		requirePending();
		return next(level, RecordStatus.DRAFT, data, rejectionReason, false);
	}

	/** The originals matched: a record that is not a revision becomes C itself. */
	HandbookRecord passed() {
		requirePending();
		if (isRevision()) {
			throw new IllegalStateException("a revision passes by merging into record " + revisionOf);
		}
		return next(Level.C, RecordStatus.VERIFIED, data, null, false);
	}

	/**
	 * A revision whose originals matched closes, its data now in the record it revised.
	 */
	HandbookRecord merged() {
		requirePending();
		if (!isRevision()) {
			throw new IllegalStateException("record " + id + " is not a revision");
		}
		return next(Level.C, RecordStatus.VERIFIED, data, null, true);
	}

	/**
	 * The record in force takes the data of its verified revision and stays in force, as
	 * C.
	 */
	HandbookRecord replacedBy(HandbookRecord revision) {
		requireLive();
		if (!level.revisable() || revision.revisionOf() == null || revision.revisionOf() != id) {
			throw new IllegalStateException("record " + revision.id() + " does not revise record " + id);
		}
		return next(Level.C, RecordStatus.VERIFIED, revision.data(), null, false);
	}

	/** The clerk failed the item: it stays D, with the reason shown until it is fixed. */
	HandbookRecord failed(String reason) {
		requirePending();
		return next(Level.D, RecordStatus.REJECTED, data, reason, false);
	}

	/**
	 * Relied on by an approved qualification application: a C record becomes B (A and B
	 * stay as they are).
	 */
	HandbookRecord reliedOn() {
		requireLive();
		if (level == Level.D) {
			throw new ConflictException(status == RecordStatus.PENDING ? "record.pending" : "record.not_citable");
		}
		return level == Level.C ? next(Level.B, RecordStatus.VERIFIED, data, null, false) : this;
	}

	/**
	 * New data from a management system for this record: level A, whatever it was, unless
	 * it is frozen.
	 */
	HandbookRecord imported(Map<String, String> newData) {
		requireLive();
		if (status == RecordStatus.PENDING) {
			throw new ConflictException("record.pending");
		}
		return next(Level.A, RecordStatus.VERIFIED, newData, null, false);
	}

	/**
	 * Gone from the management system: a level-A record leaves the pages (the history
	 * keeps it), unless it is frozen; any other level is the enterprise's, not the
	 * source's.
	 */
	HandbookRecord removedBySource() {
		requireLive();
		if (level != Level.A) {
			throw new ConflictException("record.not_level_a");
		}
		if (status == RecordStatus.PENDING) {
			throw new ConflictException("record.pending");
		}
		return next(level, status, data, null, true);
	}

	private void requireLive() {
		if (deleted) {
			throw new NotFoundException("record.not_found");
		}
	}

	/** Deciding on an item needs it frozen in the application, and still level D. */
	private void requirePending() {
		requireLive();
		if (level != Level.D) {
			throw new ConflictException("record.locked");
		}
		if (status != RecordStatus.PENDING) {
			throw new ConflictException("record.not_pending");
		}
	}

	private HandbookRecord next(Level newLevel, RecordStatus newStatus, Map<String, String> newData, String reason,
			boolean nowDeleted) {
		return new HandbookRecord(id, enterpriseId, section, newLevel, newStatus, version + 1, newData, revisionOf,
				reason, nowDeleted, createdBy, createdAt, updatedBy, updatedAt);
	}
}
