package com.dossier.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.QualificationCase;
import com.dossier.handbook.RecordStatus;
import com.dossier.handbook.SectionDefinition;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 电子版《诚信手册》核定(自检) for one qualification case: would a review find the handbook complete?
 * Each section the case needs (its definition says so) is MET by a record in force,
 * PENDING while only a draft, a filed or a failed record exists (the message says which),
 * MISSING otherwise; a yearly section also needs last year's record, and a construction
 * case a safety production licence that has not expired.
 */
final class SelfCheck {

	/**
	 * One requirement; {@code messageKey} ({@code supervision.check.…}) with
	 * {@code args}.
	 */
	record Item(String requirement, String section, Status status, String messageKey, Object[] args, String reason,
			String link) {
	}

	enum Status {

		MET, MISSING, PENDING

	}

	record Result(QualificationCase qualificationCase, List<Item> items) {

		boolean ready() {
			return items.stream().allMatch(i -> i.status() == Status.MET);
		}

	}

	private SelfCheck() {
	}

	static Result of(EnterpriseState state, QualificationCase c) {
		List<Item> items = new ArrayList<>();
		for (Map.Entry<SectionDefinition, List<HandbookRecord>> e : state.records().entrySet()) {
			SectionDefinition section = e.getKey();
			if (!section.requiredFor(c)) {
				continue;
			}
			items.add(judge(state, section, e.getValue(), "section.in_force", r -> true, ""));
			section.yearly()
				.ifPresent(y -> items.add(judge(state, section, e.getValue(), "section.last_year",
						r -> y.counts(r.data(), state.lastYear()), String.valueOf(state.lastYear()))));
		}
		if (c.needsSafetyLicence()) {
			boolean valid = state.licences().stream().anyMatch(l -> !"EXPIRED".equals(l.expiry()));
			items.add(new Item("licence.valid", null, valid ? Status.MET : Status.MISSING,
					"supervision.check.licence." + (valid ? "met" : state.licences().isEmpty() ? "none" : "expired"),
					new Object[0], null, "/handbook/safety-licences"));
		}
		return new Result(c, items);
	}

	private static Item judge(EnterpriseState state, SectionDefinition section, List<HandbookRecord> all,
			String requirement, Predicate<HandbookRecord> counts, String year) {
		List<HandbookRecord> records = all.stream().filter(counts).toList();
		String link = TipRules.sectionLink(section);
		Object[] args = { TipRules.name(section), year, "" };
		if (records.stream().anyMatch(EnterpriseState::inForce)) {
			return new Item(requirement, section.code(), Status.MET, "supervision.check." + requirement + ".met", args,
					null, link);
		}
		if (records.isEmpty()) {
			return new Item(requirement, section.code(), Status.MISSING,
					"supervision.check." + requirement + ".missing", args, null, link);
		}
		return pending(state, section, requirement, records, args);
	}

	/** The most advanced of the D records says where the requirement stands. */
	private static Item pending(EnterpriseState state, SectionDefinition section, String requirement,
			List<HandbookRecord> records, Object[] args) {
		String edit = "/handbook/records/";
		for (HandbookRecord r : records) {
			if (r.status() == RecordStatus.PENDING) {
				return new Item(requirement, section.code(), Status.PENDING, "supervision.check.filed", args, null,
						"/handbook/verification/applications");
			}
		}
		for (HandbookRecord r : records) {
			if (r.status() == RecordStatus.REJECTED) {
				return new Item(requirement, section.code(), Status.PENDING, "supervision.check.failed", args,
						r.rejectionReason(), edit + r.id() + "/edit");
			}
		}
		for (HandbookRecord r : records) {
			List<AttachmentKind> missing = state.missingScans(section, r);
			if (!missing.isEmpty()) {
				Object[] withKind = args.clone();
				withKind[2] = new DefaultMessageSourceResolvable(new String[] { missing.get(0).labelKey() },
						missing.get(0).labelKey());
				return new Item(requirement, section.code(), Status.PENDING, "supervision.check.scan", withKind, null,
						edit + r.id() + "/edit");
			}
		}
		return new Item(requirement, section.code(), Status.PENDING, "supervision.check.draft", args, null,
				"/handbook/verification");
	}

}
