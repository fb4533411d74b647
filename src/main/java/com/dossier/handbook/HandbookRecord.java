package com.dossier.handbook;

import java.time.Instant;
import java.util.Map;

import com.dossier.shared.ConflictException;

/**
 * One record of a section, as stored. It guards its own state: whatever a client sends, a record that is not level D,
 * or is pending in a verification application, or is at another version, refuses to change.
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

	/** 变更 opens a revision of a B or C record; A data is changed in its management system, D data directly. */
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

	HandbookRecord with(Level newLevel, RecordStatus newStatus, Map<String, String> newData, String reason) {
		return new HandbookRecord(id, enterpriseId, section, newLevel, newStatus, version + 1, newData, revisionOf,
				reason, deleted, createdBy, createdAt, updatedBy, updatedAt);
	}

	HandbookRecord asDeleted() {
		return new HandbookRecord(id, enterpriseId, section, level, status, version + 1, data, revisionOf,
				rejectionReason, true, createdBy, createdAt, updatedBy, updatedAt);
	}

	/** A verified revision, closed once its data has moved into the record it revised. */
	HandbookRecord merged() {
		return new HandbookRecord(id, enterpriseId, section, Level.C, RecordStatus.VERIFIED, version + 1, data,
				revisionOf, null, true, createdBy, createdAt, updatedBy, updatedAt);
	}
}
