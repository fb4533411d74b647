package com.dossier.attachment.record;

import java.time.Instant;

import com.dossier.attachment.storage.BlobId;

/**
 * One file attached to a handbook record, as stored. {@code facts} and {@code warnings}
 * are JSON text written by {@link StoredFindings}; {@code fileName} is sanitised and only
 * ever shown or sent in Content-Disposition.
 */
public record Attachment(long id, long recordId, long enterpriseId, String kind, BlobId blob, String fileName,
		long size, String contentType, String facts, String warnings, String uploadedBy, Instant uploadedAt,
		String deletedBy, Instant deletedAt) {

	boolean deleted() {
		return deletedAt != null;
	}

	boolean isPdf() {
		return "application/pdf".equals(contentType);
	}
}
