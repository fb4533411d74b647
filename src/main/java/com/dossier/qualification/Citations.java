package com.dossier.qualification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.Page;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which handbook records a qualification application may rely on: those in force at level
 * A or C with no revision under way (DESIGN §11; the data the reviewer reads must be the
 * data in force). Anything else is refused with why: a draft, a record pending in 原件校对,
 * one that failed it, one whose revision is open, or a B record an approved application
 * has already relied on (its revision, once checked, is C and citable again).
 */
@Component
public class Citations {

	/**
	 * A record of the enterprise and, when it cannot be cited, the message key saying
	 * why.
	 */
	public record Candidate(SectionDefinition section, HandbookRecord record, String refusal) {

		public boolean citable() {
			return refusal == null;
		}
	}

	private static final int PAGE = 100;

	private final HandbookService handbook;

	private final RecordLifecycle lifecycle;

	Citations(HandbookService handbook, RecordLifecycle lifecycle) {
		this.handbook = handbook;
		this.lifecycle = lifecycle;
	}

	/** Every live record of the enterprise, section by section, each citable or not. */
	@Transactional(readOnly = true)
	public List<Candidate> of(long enterpriseId) {
		List<Candidate> result = new ArrayList<>();
		for (SectionDefinition section : handbook.sections(enterpriseId)) {
			List<HandbookRecord> records = new ArrayList<>();
			Page<HandbookRecord> page;
			int n = 0;
			do {
				page = handbook.page(enterpriseId, section.code(), n++, PAGE);
				page.items().stream().filter(r -> !r.isRevision()).forEach(records::add);
			}
			while (page.hasNext());
			Map<Long, Long> revisions = handbook.openRevisionsOf(enterpriseId,
					records.stream().map(HandbookRecord::id).toList());
			records.forEach(r -> result.add(new Candidate(section, r, refusal(r, revisions.containsKey(r.id())))));
		}
		return result;
	}

	/**
	 * The enterprise's records {@code ids} with the refusal of each (null when citable);
	 * an id that is not the enterprise's live record is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Optional<String>> check(long enterpriseId, Collection<Long> ids) {
		Map<Long, Long> revisions = handbook.openRevisionsOf(enterpriseId, ids);
		Map<Long, Optional<String>> result = new java.util.HashMap<>();
		for (HandbookRecord r : lifecycle.find(enterpriseId, ids)) {
			result.put(r.id(), Optional.ofNullable(refusal(r, revisions.containsKey(r.id()))));
		}
		return result;
	}

	/**
	 * Locks the enterprise's live records among {@code ids} until the caller's
	 * transaction ends, so that {@link #check} then sees every revision opened before it.
	 */
	void lock(long enterpriseId, Collection<Long> ids) {
		lifecycle.lock(enterpriseId, ids);
	}

	/**
	 * The enterprise's live records among {@code ids} (see {@link RecordLifecycle#find}).
	 */
	List<HandbookRecord> records(long enterpriseId, Collection<Long> ids) {
		return lifecycle.find(enterpriseId, ids);
	}

	static String refusal(HandbookRecord r, boolean revisionOpen) {
		if (r.level() == Level.D) {
			return switch (r.status()) {
				case PENDING -> "qualification.cite.pending";
				case REJECTED -> "qualification.cite.failed";
				default -> "qualification.cite.draft";
			};
		}
		if (r.status() != RecordStatus.VERIFIED) {
			return "qualification.cite.pending";
		}
		if (revisionOpen) {
			return "qualification.cite.revision";
		}
		return r.level() == Level.B ? "qualification.cite.used" : null;
	}

}
