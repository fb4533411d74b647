package com.dossier.handbook;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import java.time.Instant;
import java.util.List;

/**
 * The files attached to a record, as the handbook shows them (the record JSON's
 * {@code attachments}, the form's lists). The attachment module implements it, so that it
 * depends on the handbook and never the reverse; without an implementation records simply
 * have no attachments.
 */
public interface RecordAttachments {

	/** The record's current (not deleted) attachments, oldest first. */
	List<Attached> of(long recordId);

	/**
	 * The same for a page of records at once, so that a list costs one lookup rather than
	 * one per record.
	 */
	default Map<Long, List<Attached>> of(Collection<Long> recordIds) {
		Map<Long, List<Attached>> all = new HashMap<>();
		recordIds.forEach(id -> all.put(id, of(id)));
		return all;
	}

	/**
	 * Every upload and deletion of the record's files, oldest first, for its history
	 * page.
	 */
	default List<Change> changes(long recordId) {
		return List.of();
	}

	/** A file added ({@code deleted} false) or removed, by whom and when. */
	record Change(String kind, String fileName, boolean deleted, String actor, Instant at) {
	}

	/**
	 * One attachment. {@code warnings} are already in the request's language;
	 * {@code facts} is a short measured summary ("96 dpi · 210×297 mm" or "12 页").
	 */
	record Attached(long id, String kind, String fileName, long size, String sha256, List<Warning> warnings,
			String facts, String contentType, String uploadedBy, Instant uploadedAt) {
	}

	record Warning(String code, String message) {
	}

}
