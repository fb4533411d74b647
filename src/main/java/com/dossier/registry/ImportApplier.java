package com.dossier.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.registry.ImportPlan.BasicPlan;
import com.dossier.registry.ImportPlan.EnterprisePlan;
import com.dossier.registry.ImportPlan.PlannedItem;
import com.dossier.registry.ImportResult.ItemOutcome;
import com.dossier.registry.ImportResult.Outcome;
import com.dossier.registry.ItemStore.Item;
import com.dossier.shared.DossierException;

import org.springframework.stereotype.Component;

/**
 * Applies one checked enterprise of an import: the enterprise (created without accounts
 * when unknown, its basic data updated through the enterprise module), then each item.
 * Problems only the database can reveal (an item another enterprise holds, a record
 * frozen in an application) are added to {@code problems}; the service then refuses the
 * whole import.
 */
@Component
class ImportApplier {

	record Applied(long enterpriseId, boolean created, int removed) {
	}

	private final EnterpriseService enterprises;

	private final RecordLifecycle records;

	private final ItemStore items;

	ImportApplier(EnterpriseService enterprises, RecordLifecycle records, ItemStore items) {
		this.enterprises = enterprises;
		this.records = records;
		this.items = items;
	}

	Applied apply(String source, long importId, EnterprisePlan e, Instant now, List<ItemOutcome> outcomes,
			List<ImportProblem> problems) {
		Optional<Enterprise> known = enterprises.findByCreditCode(e.creditCode());
		boolean created = known.isEmpty();
		long id = created ? create(e) : known.get().id();
		if (!created) {
			updateBasic(known.get(), e);
		}
		int removed = 0;
		// Qualifications alone (an Excel sheet) are no basic data to keep.
		if (e.basic() != null && !e.basic().data().isEmpty()) {
			Item existing = items.lock(source, Kind.BASIC, e.creditCode()).orElse(null);
			Map<String, String> data = new java.util.LinkedHashMap<>(existing == null ? Map.of() : existing.data());
			if (e.name() != null) {
				data.put("name", e.name());
			}
			data.putAll(e.basic().data());
			PlannedItem basic = new PlannedItem(e.basic().path(), Kind.BASIC, e.creditCode(), data, false, e.name(),
					null, null, null, null);
			outcomes.add(new ItemOutcome(basic.path(), Kind.BASIC,
					upsert(source, importId, id, basic, now, null, problems)));
		}
		for (PlannedItem item : e.items()) {
			try {
				Outcome outcome = item.kind() == Kind.RECORD ? record(source, importId, id, item, now, problems)
						: upsert(source, importId, id, item, now, null, problems);
				if (outcome != null) {
					outcomes.add(new ItemOutcome(item.path(), item.kind(), outcome));
					removed += item.removed() && outcome == Outcome.UPDATED ? 1 : 0;
				}
			}
			catch (DossierException refused) {
				problems.add(new ImportProblem(item.path(), refused.code(), refused.args()));
			}
		}
		return new Applied(id, created, removed);
	}

	/** An enterprise the portal did not know: created with what the import says. */
	private long create(EnterprisePlan e) {
		BasicPlan b = e.basic();
		return enterprises.create(new EnterpriseData(e.creditCode(), e.name(), region(e.creditCode()), false,
				b == null ? null : b.address(), b == null ? null : b.legalRepresentative(),
				b == null ? null : b.registeredCapital(), b == null ? null : b.establishedOn()));
	}

	/** What the import gives replaces what the enterprise row holds; the rest stays. */
	private void updateBasic(Enterprise current, EnterprisePlan e) {
		BasicPlan b = e.basic();
		EnterpriseData now = new EnterpriseData(current.creditCode(), current.name(), current.region(),
				current.foreignInvested(), current.address(), current.legalRepresentative(),
				current.registeredCapital(), current.establishedOn());
		EnterpriseData next = new EnterpriseData(current.creditCode(), or(e.name(), current.name()), current.region(),
				current.foreignInvested(), b == null ? now.address() : or(b.address(), now.address()),
				b == null ? now.legalRepresentative() : or(b.legalRepresentative(), now.legalRepresentative()),
				b == null || b.registeredCapital() == null ? now.registeredCapital() : b.registeredCapital(),
				b == null ? now.establishedOn() : or(b.establishedOn(), now.establishedOn()));
		if (!same(now, next)) {
			enterprises.update(current.id(), current.version(), next);
		}
	}

	private static boolean same(EnterpriseData a, EnterpriseData b) {
		return Objects.equals(a.name(), b.name()) && Objects.equals(a.address(), b.address())
				&& Objects.equals(a.legalRepresentative(), b.legalRepresentative())
				&& Objects.equals(a.establishedOn(), b.establishedOn())
				&& (a.registeredCapital() == null ? b.registeredCapital() == null
						: b.registeredCapital() != null && a.registeredCapital().compareTo(b.registeredCapital()) == 0);
	}

	private static <T> T or(T value, T fallback) {
		return value != null ? value : fallback;
	}

	/**
	 * 本市 when the credit code's administrative division (characters 3–8) is Shanghai's
	 * (31…), otherwise 外省市.
	 */
	static Enterprise.Region region(String creditCode) {
		return creditCode.startsWith("31", 2) ? Enterprise.Region.LOCAL : Enterprise.Region.OTHER;
	}

	/**
	 * Creates, updates or leaves the item; null (with a problem) when the source id
	 * belongs to another enterprise.
	 */
	private Outcome upsert(String source, long importId, long enterpriseId, PlannedItem p, Instant now, Long recordId,
			List<ImportProblem> problems) {
		Optional<Item> found = items.lock(source, p.kind(), p.sourceId());
		if (found.isEmpty()) {
			if (p.removed()) {
				return Outcome.UNCHANGED;
			}
			items.insert(new Item(0, p.kind(), source, p.sourceId(), enterpriseId, 1, p.data(), false, p.name(),
					p.category(), p.validUntil(), recordId, now), source, importId);
			return Outcome.CREATED;
		}
		Item old = found.get();
		if (old.enterpriseId() != enterpriseId) {
			problems
				.add(new ImportProblem(
						p.path() + (p.kind() == Kind.QUALIFICATION ? ".certificateNumber"
								: p.kind() == Kind.BASIC ? "" : ".sourceId"),
						"import.source_id_elsewhere", p.sourceId()));
			return null;
		}
		if (p.removed()) {
			if (old.removed()) {
				return Outcome.UNCHANGED;
			}
			items.update(next(old, old.data(), true, old.name(), old.category(), old.validUntil(), now, recordId),
					source, importId);
			return Outcome.UPDATED;
		}
		boolean sameRecord = recordId == null || recordId.equals(old.recordId());
		if (!old.removed() && old.data().equals(p.data()) && sameRecord) {
			return Outcome.UNCHANGED;
		}
		items.update(next(old, p.data(), false, p.name(), p.category(), p.validUntil(), now, recordId), source,
				importId);
		return Outcome.UPDATED;
	}

	private static Item next(Item old, Map<String, String> data, boolean removed, String name, String category,
			java.time.LocalDate validUntil, Instant now, Long recordId) {
		return new Item(old.id(), old.kind(), old.source(), old.sourceId(), old.enterpriseId(), old.version() + 1, data,
				removed, name, category, validUntil, recordId != null ? recordId : old.recordId(), now);
	}

	/**
	 * A level-A record: the handbook decides whether its data changed (a new version in
	 * the record's history) and the item remembers which record it is.
	 */
	private Outcome record(String source, long importId, long enterpriseId, PlannedItem p, Instant now,
			List<ImportProblem> problems) {
		Optional<Item> found = items.lock(source, Kind.RECORD, p.sourceId());
		if (found.isPresent() && found.get().enterpriseId() != enterpriseId) {
			problems.add(new ImportProblem(p.path() + ".sourceId", "import.source_id_elsewhere", p.sourceId()));
			return null;
		}
		if (found.isPresent() && !found.get().removed() && !p.section().equals(found.get().category())) {
			problems.add(new ImportProblem(p.path() + ".section", "import.section_changed", found.get().category()));
			return null;
		}
		Long recordId = found.map(Item::recordId).orElse(null);
		if (p.removed()) {
			boolean gone = recordId != null && records.removeLevelA(enterpriseId, recordId, source);
			Outcome outcome = upsert(source, importId, enterpriseId, p, now, null, problems);
			return gone ? Outcome.UPDATED : outcome;
		}
		var imported = records.importLevelA(enterpriseId, p.section(),
				found.filter(i -> !i.removed()).map(Item::recordId).orElse(null), p.recordInput(), source);
		Outcome outcome = upsert(source, importId, enterpriseId, p, now, imported.record().id(), problems);
		return imported.changed() && outcome == Outcome.UNCHANGED ? Outcome.UPDATED : outcome;
	}

}
