package com.dossier.handbook;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ConflictException;
import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules move records through their life: verification freezes, releases,
 * verifies and rejects them; administrators import level A; approved qualification
 * applications make them B. Levels change nowhere else.
 */
@Service
@Transactional
public class RecordLifecycle {

	private final SectionCatalog catalog;

	private final RecordStore store;

	private final RecordWriter writer;

	private final List<RecordReadiness> readiness;

	private final AdministrationTime time;

	RecordLifecycle(SectionCatalog catalog, RecordStore store, RecordWriter writer, List<RecordReadiness> readiness,
			AdministrationTime time) {
		this.time = time;
		this.catalog = catalog;
		this.store = store;
		this.writer = writer;
		this.readiness = readiness;
	}

	/**
	 * Everything other modules report missing before this record can be filed; empty when
	 * it is ready.
	 */
	@Transactional(readOnly = true)
	public List<RecordReadiness.Missing> missing(HandbookRecord record) {
		return readiness.stream().flatMap(r -> r.missing(record).stream()).toList();
	}

	/**
	 * The live records of an enterprise among {@code ids}; ids of other enterprises or
	 * deleted records are left out.
	 */
	@Transactional(readOnly = true)
	public List<HandbookRecord> find(long enterpriseId, Collection<Long> ids) {
		return store.findAll(enterpriseId, ids);
	}

	/**
	 * The live records of an enterprise among {@code ids}, locked for the rest of the
	 * caller's transaction (in id order, so two callers never deadlock): 变更 takes the
	 * same lock on the original, so a check of open revisions made under it cannot miss
	 * one being opened at the same instant.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public List<HandbookRecord> lock(long enterpriseId, Collection<Long> ids) {
		return store.lockAll(enterpriseId, ids);
	}

	/**
	 * A record the enterprise may still change (attachments), or the refusal saying why
	 * not.
	 */
	@Transactional(readOnly = true)
	public HandbookRecord requireEditable(long enterpriseId, long id) {
		HandbookRecord record = live(id);
		if (record.enterpriseId() != enterpriseId) {
			throw new NotFoundException("record.not_found");
		}
		record.requireEditable();
		return record;
	}

	/**
	 * The record locked for the rest of the caller's transaction, if the enterprise may
	 * still change it: attachments are added and removed under this lock, so a filing
	 * (which takes the same lock) sees them all or none.
	 */
	public HandbookRecord lockEditable(long enterpriseId, long id) {
		HandbookRecord record = store.lock(id)
			.filter(r -> !r.deleted() && r.enterpriseId() == enterpriseId)
			.orElseThrow(() -> new NotFoundException("record.not_found"));
		record.requireEditable();
		return record;
	}

	/**
	 * Freezes records filed for 原件校对; every one must be the enterprise's and submittable,
	 * or none is frozen. The rows are locked before readiness is checked, so a scan
	 * deleted meanwhile cannot slip past the check.
	 */
	public List<HandbookRecord> markPending(long enterpriseId, Collection<Long> ids) {
		List<HandbookRecord> records = store.lockAll(enterpriseId, ids);
		if (records.size() != ids.stream().distinct().count()) {
			throw new NotFoundException("record.not_found");
		}
		List<HandbookRecord> filed = records.stream().map(HandbookRecord::filed).toList();
		for (HandbookRecord r : records) {
			if (!missing(r).isEmpty()) {
				throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "record.not_ready", r.id());
			}
		}
		return filed.stream().map(r -> writer.save(r, ChangeKind.SUBMITTED)).toList();
	}

	/**
	 * An application withdrawn before a decision: the records become editable drafts
	 * again.
	 */
	public void release(Collection<Long> ids) {
		for (long id : ids) {
			HandbookRecord r = live(id);
			if (r.status() == RecordStatus.PENDING) {
				writer.save(r.released(), ChangeKind.RELEASED);
			}
		}
	}

	/**
	 * The originals matched the scans: the record becomes C. A revision replaces the
	 * record it revises (which keeps its id and gets the revision's data as a new
	 * version) and is itself closed; the record in force is returned.
	 */
	public HandbookRecord verify(long id) {
		HandbookRecord r = live(id);
		if (!r.isRevision()) {
			return writer.save(r.passed(), ChangeKind.VERIFIED);
		}
		writer.save(r.merged(), ChangeKind.MERGED);
		return writer.save(live(r.revisionOf()).replacedBy(r), ChangeKind.REPLACED);
	}

	/**
	 * The clerk failed the item: it stays D, with the reason shown to the enterprise
	 * until it is fixed.
	 */
	public HandbookRecord reject(long id, String reason) {
		return writer.save(live(id).failed(reason), ChangeKind.REJECTED);
	}

	/**
	 * Data from a management system (level A), checked like any input. A one-record
	 * section's existing record is overwritten (unless frozen in an application); a
	 * many-record section gets a new record.
	 */
	public HandbookRecord importLevelA(long enterpriseId, String sectionCode, Map<String, ?> input) {
		return importLevelA(enterpriseId, sectionCode, null, input, null).record();
	}

	/** What an import did to one record: the record now, and whether it changed. */
	public record LevelAImport(HandbookRecord record, boolean changed) {
	}

	/**
	 * The field problems of level-A input for a section, nothing stored: an import checks
	 * every item before it writes any. An unknown section is reported as the field
	 * {@code section}.
	 */
	@Transactional(readOnly = true)
	public FieldErrors checkLevelA(String sectionCode, Map<String, ?> input) {
		FieldErrors errors = new FieldErrors();
		catalog.find(sectionCode)
			.ifPresentOrElse(section -> FieldRules.check(section, input, errors, time.today()),
					() -> errors.reject("section", "section.not_found"));
		return errors;
	}

	/**
	 * Level-A data for the record {@code recordId} an earlier import created (or, when
	 * null, for a new one). The same data again leaves the record alone; changed data is
	 * its next version, so the history keeps the old one. {@code actor} (the source
	 * system) is who the history names; null means the signed-in user.
	 */
	public LevelAImport importLevelA(long enterpriseId, String sectionCode, Long recordId, Map<String, ?> input,
			String actor) {
		SectionDefinition section = catalog.find(sectionCode)
			.orElseThrow(() -> new NotFoundException("section.not_found"));
		Map<String, String> data = FieldRules.check(section, input, time.today());
		String who = actor == null ? CurrentUser.find().map(CurrentUser::username).orElse("system") : actor;
		var existing = recordId != null
				? store.find(recordId).filter(r -> !r.deleted() && r.enterpriseId() == enterpriseId)
				: section.many() ? java.util.Optional.<HandbookRecord>empty()
						: store.page(enterpriseId, section.code(), 0, 10)
							.items()
							.stream()
							.filter(r -> !r.isRevision())
							.findFirst();
		if (existing.isPresent()) {
			HandbookRecord r = existing.get();
			if (r.level() == Level.A && r.data().equals(data)) {
				return new LevelAImport(r, false);
			}
			return new LevelAImport(writer.save(r.imported(data), ChangeKind.IMPORTED, who), true);
		}
		return new LevelAImport(writer.create(enterpriseId, section.code(), Level.A, RecordStatus.VERIFIED, data, null,
				ChangeKind.IMPORTED, who), true);
	}

	/**
	 * The source system no longer holds this level-A record: it leaves the pages and
	 * stays in the history. Unknown or already removed: nothing to do (false).
	 */
	public boolean removeLevelA(long enterpriseId, long recordId, String actor) {
		var record = store.find(recordId).filter(r -> !r.deleted() && r.enterpriseId() == enterpriseId);
		if (record.isEmpty()) {
			return false;
		}
		writer.save(record.get().removedBySource(), ChangeKind.DELETED, actor);
		return true;
	}

	/**
	 * Records relied on by an approved qualification application become B (A stays A: its
	 * source is stronger).
	 */
	public void markUsed(Collection<Long> ids) {
		for (long id : ids) {
			HandbookRecord r = live(id);
			HandbookRecord relied = r.reliedOn();
			if (relied != r) {
				writer.save(relied, ChangeKind.USED);
			}
		}
	}

	private HandbookRecord live(long id) {
		return store.find(id).filter(r -> !r.deleted()).orElseThrow(() -> new NotFoundException("record.not_found"));
	}

}
