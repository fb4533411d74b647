package com.dossier.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.registry.ImportPlan.BasicPlan;
import com.dossier.registry.ImportPlan.EnterprisePlan;
import com.dossier.registry.ImportPlan.PlannedItem;
import com.dossier.registry.ImportRequest.EnterpriseImport;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.CreditCode;
import com.dossier.shared.IdNumber;

import org.springframework.stereotype.Component;

/**
 * Checks a whole import before anything is written, with the rules the sections use
 * (credit codes, ID numbers with their check digit, dates), and lists every problem by
 * its path. Reads only (whether an enterprise is known).
 */
@Component
class ImportChecks {

	/**
	 * The identity documents, coded as the sections' {@code idType} is (居民身份证, 护照,
	 * 港澳居民来往内地通行证, 台湾居民来往大陆通行证).
	 */
	static final List<String> ID_TYPES = List.of("ID_CARD", "PASSPORT", "HK_MACAO", "TAIWAN");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9()（）-]{5,30}");

	private final EnterpriseService enterprises;

	private final RecordLifecycle records;

	private final AdministrationTime time;

	ImportChecks(EnterpriseService enterprises, RecordLifecycle records, AdministrationTime time) {
		this.enterprises = enterprises;
		this.records = records;
		this.time = time;
	}

	ImportPlan check(ImportRequest request, List<ImportProblem> problems) {
		LocalDate today = time.today();
		ItemFields top = new ItemFields("", problems, today);
		String source = request.source() == null ? null : request.source().strip();
		if (source == null || source.isEmpty()) {
			problems.add(new ImportProblem("source", "field.required"));
		}
		else if (source.length() > 64) {
			problems.add(new ImportProblem("source", "field.too_long", 64));
		}
		if (request.enterprises() == null || request.enterprises().isEmpty()) {
			problems.add(new ImportProblem("enterprises", "field.required"));
			return new ImportPlan(source, List.of());
		}
		List<EnterprisePlan> plans = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Map<Kind, Set<String>> sourceIds = new LinkedHashMap<>();
		for (int i = 0; i < request.enterprises().size(); i++) {
			String path = "enterprises[" + i + "]";
			EnterpriseImport e = request.enterprises().get(i);
			if (e == null) {
				problems.add(new ImportProblem(path, "field.required"));
				continue;
			}
			plans.add(enterprise(path, e, problems, today, codes, sourceIds));
		}
		return new ImportPlan(source, plans);
	}

	private EnterprisePlan enterprise(String path, EnterpriseImport e, List<ImportProblem> problems, LocalDate today,
			Set<String> codes, Map<Kind, Set<String>> sourceIds) {
		ItemFields f = new ItemFields(path, problems, today);
		String code = CreditCode.normalize(e.creditCode());
		if (code == null || code.isEmpty()) {
			f.reject("creditCode", "field.required");
		}
		else if (!CreditCode.isValid(code)) {
			CreditCode.problem(code).ifPresent(problem -> f.reject("creditCode", problem.code(), problem.args()));
		}
		else if (!codes.add(code)) {
			f.reject("creditCode", "import.duplicate_enterprise");
		}
		int before = problems.size();
		String name = f.text("name", e.name(), false, 200);
		if (name == null && problems.size() == before && CreditCode.isValid(code)
				&& enterprises.findByCreditCode(code).isEmpty()) {
			f.reject("name", "import.name_required");
		}
		List<PlannedItem> items = new ArrayList<>();
		BasicPlan basic = e.basic() == null ? null : basic(path + ".basic", e.basic(), problems, today);
		if (e.basic() != null && e.basic().qualifications() != null) {
			var list = e.basic().qualifications();
			for (int k = 0; k < list.size(); k++) {
				add(items, qualification(path + ".basic.qualifications[" + k + "]", list.get(k), problems, today),
						problems, sourceIds);
			}
		}
		if (e.personnel() != null) {
			for (int k = 0; k < e.personnel().size(); k++) {
				add(items, person(path + ".personnel[" + k + "]", e.personnel().get(k), problems, today), problems,
						sourceIds);
			}
		}
		if (e.safetyLicences() != null) {
			for (int k = 0; k < e.safetyLicences().size(); k++) {
				add(items, licence(path + ".safetyLicences[" + k + "]", e.safetyLicences().get(k), problems, today),
						problems, sourceIds);
			}
		}
		if (e.records() != null) {
			for (int k = 0; k < e.records().size(); k++) {
				add(items, record(path + ".records[" + k + "]", e.records().get(k), problems, today), problems,
						sourceIds);
			}
		}
		return new EnterprisePlan(path, code, name, basic, items);
	}

	/** Keeps the item, unless its source id came earlier in the payload. */
	private static void add(List<PlannedItem> items, PlannedItem item, List<ImportProblem> problems,
			Map<Kind, Set<String>> sourceIds) {
		if (item == null) {
			return;
		}
		if (!sourceIds.computeIfAbsent(item.kind(), k -> new HashSet<>()).add(item.sourceId())) {
			String key = item.kind() == Kind.QUALIFICATION ? ".certificateNumber" : ".sourceId";
			problems.add(new ImportProblem(item.path() + key, "import.duplicate_source_id", item.sourceId()));
			return;
		}
		items.add(item);
	}

	private static BasicPlan basic(String path, ImportRequest.Basic b, List<ImportProblem> problems, LocalDate today) {
		ItemFields f = new ItemFields(path, problems, today);
		String legal = f.text("legalRepresentative", b.legalRepresentative(), false, 100);
		BigDecimal capital = b.registeredCapital();
		if (capital != null) {
			if (capital.signum() < 0 || capital.stripTrailingZeros().scale() > 4
					|| capital.precision() - capital.scale() > 14) {
				f.reject("registeredCapital", "enterprise.capital.invalid");
				capital = null;
			}
			else {
				f.put("registeredCapital", capital.signum() == 0 ? "0" : capital.stripTrailingZeros().toPlainString());
			}
		}
		LocalDate established = f.date("establishedOn", b.establishedOn(), false, true);
		String address = f.text("address", b.address(), false, 300);
		f.text("businessScope", b.businessScope(), false, 2000);
		return new BasicPlan(path, legal, capital, established, address, f.data());
	}

	private static PlannedItem qualification(String path, ImportRequest.Qualification q, List<ImportProblem> problems,
			LocalDate today) {
		if (q == null) {
			problems.add(new ImportProblem(path, "field.required"));
			return null;
		}
		ItemFields f = new ItemFields(path, problems, today);
		String number = f.text("certificateNumber", q.certificateNumber(), true, 100);
		boolean removed = Boolean.TRUE.equals(q.removed());
		String category = f.text("category", q.category(), !removed, 100);
		f.text("grade", q.grade(), !removed, 50);
		LocalDate until = f.date("validUntil", q.validUntil(), false, false);
		return number == null ? null : new PlannedItem(path, Kind.QUALIFICATION, number, f.data(), removed, category,
				null, until, null, null);
	}

	private static PlannedItem person(String path, ImportRequest.Person p, List<ImportProblem> problems,
			LocalDate today) {
		if (p == null) {
			problems.add(new ImportProblem(path, "field.required"));
			return null;
		}
		ItemFields f = new ItemFields(path, problems, today);
		String sourceId = f.text("sourceId", p.sourceId(), true, 100);
		boolean removed = Boolean.TRUE.equals(p.removed());
		String name = f.text("name", p.name(), !removed, 100);
		String idType = p.idType() == null || p.idType().isBlank() ? ID_TYPES.get(0) : p.idType().strip();
		if (!ID_TYPES.contains(idType)) {
			f.reject("idType", "field.option");
		}
		else {
			f.put("idType", idType);
		}
		String idNumber = p.idNumber() == null ? null : p.idNumber().strip().toUpperCase();
		if (idNumber == null || idNumber.isEmpty()) {
			f.reject("idNumber", removed ? null : "field.required");
		}
		else if (idType.equals(ID_TYPES.get(0)) && !IdNumber.isValid(idNumber, today)) {
			// the same words as the sections: which part of the number is wrong
			IdNumber.problem(idNumber, today)
				.ifPresent(problem -> f.reject("idNumber", problem.code(), problem.args()));
		}
		else if (!idType.equals(ID_TYPES.get(0)) && !DOCUMENT_NUMBER.matcher(idNumber).matches()) {
			f.reject("idNumber", "field.document_number");
		}
		else {
			f.put("idNumber", idNumber);
		}
		String type = f.text("registrationType", p.registrationType(), !removed, 50);
		f.text("registrationNumber", p.registrationNumber(), false, 50);
		f.text("specialty", p.specialty(), false, 100);
		LocalDate until = f.date("validUntil", p.validUntil(), false, false);
		return sourceId == null ? null
				: new PlannedItem(path, Kind.PERSON, sourceId, f.data(), removed, name, type, until, null, null);
	}

	private static PlannedItem licence(String path, ImportRequest.Licence l, List<ImportProblem> problems,
			LocalDate today) {
		if (l == null) {
			problems.add(new ImportProblem(path, "field.required"));
			return null;
		}
		ItemFields f = new ItemFields(path, problems, today);
		String sourceId = f.text("sourceId", l.sourceId(), true, 100);
		boolean removed = Boolean.TRUE.equals(l.removed());
		String number = f.text("number", l.number(), !removed, 50);
		f.text("scope", l.scope(), false, 200);
		f.text("issuedBy", l.issuedBy(), false, 100);
		LocalDate from = f.date("validFrom", l.validFrom(), false, true);
		LocalDate until = f.date("validUntil", l.validUntil(), !removed, false);
		if (from != null && until != null && until.isBefore(from)) {
			f.reject("validUntil", "import.until_before_from");
		}
		f.text("status", l.status(), false, 20);
		return sourceId == null ? null
				: new PlannedItem(path, Kind.LICENCE, sourceId, f.data(), removed, number, null, until, null, null);
	}

	private PlannedItem record(String path, ImportRequest.SectionRecord r, List<ImportProblem> problems,
			LocalDate today) {
		if (r == null) {
			problems.add(new ImportProblem(path, "field.required"));
			return null;
		}
		ItemFields f = new ItemFields(path, problems, today);
		String sourceId = f.text("sourceId", r.sourceId(), true, 100);
		String section = f.text("section", r.section(), true, 64);
		boolean removed = Boolean.TRUE.equals(r.removed());
		if (section != null && !removed) {
			records.checkLevelA(section, r.data())
				.all()
				.forEach(e -> problems.add(
						new ImportProblem(e.field().equals("section") ? path + ".section" : path + ".data." + e.field(),
								e.code(), e.args())));
		}
		return sourceId == null || section == null ? null : new PlannedItem(path, Kind.RECORD, sourceId, f.data(),
				removed, null, section, null, section, r.data());
	}

}
