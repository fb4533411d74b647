package com.dossier.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.registry.ImportRequest.Basic;
import com.dossier.registry.ImportRequest.EnterpriseImport;
import com.dossier.registry.ImportRequest.Licence;
import com.dossier.registry.ImportRequest.Person;
import com.dossier.registry.ImportRequest.Qualification;
import com.dossier.registry.ImportRequest.SectionRecord;
import com.dossier.registry.WorkbookReader.SheetRow;
import com.dossier.shared.CreditCode;

/**
 * Turns the rows of an import workbook into the payload the API takes, grouped by credit
 * code, and remembers which row each item came from, so that a problem found by path
 * ({@code enterprises[2].personnel[7].idNumber}) is shown by sheet, row and column.
 */
final class WorkbookPayload {

	/** A problem where the administrator can find it. */
	record CellProblem(String sheet, Integer row, String column, String code, Object[] args) {
	}

	/** The payload, the row of every item path, and the problems found while reading. */
	record Parsed(ImportRequest request, Map<String, SheetRow> places, List<CellProblem> problems) {

		/** A problem of the import located in the workbook. */
		CellProblem locate(ImportProblem p) {
			String path = p.path();
			String prefix = path;
			while (!places.containsKey(prefix) && prefix.contains(".")) {
				prefix = prefix.substring(0, prefix.lastIndexOf('.'));
			}
			SheetRow row = places.get(prefix);
			if (row == null) {
				return new CellProblem(null, null, null, p.code(), p.args());
			}
			String field = path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "sourceId";
			// The enterprise's own fields (its name) live on the basic sheet, whatever
			// row
			// it was first seen on.
			ImportSheet sheet = !prefix.contains(".") && !field.equals("creditCode") ? ImportSheets.BASIC.sheet()
					: row.sheet();
			String column = sheet.byKey(field).map(ImportSheets.Column::label).orElse(null);
			return new CellProblem(sheet.name(), sheet.equals(row.sheet()) ? row.row() : null, column, p.code(),
					p.args());
		}
	}

	private static final Map<String, String> ID_TYPES = Map.of("居民身份证", "ID_CARD", "护照", "PASSPORT", "港澳居民来往内地通行证",
			"HK_MACAO", "台湾居民来往大陆通行证", "TAIWAN");

	private WorkbookPayload() {
	}

	private static final class Builder {

		SheetRow first;

		SheetRow basic;

		final List<SheetRow> qualifications = new ArrayList<>();

		final List<SheetRow> personnel = new ArrayList<>();

		final List<SheetRow> licences = new ArrayList<>();

		final List<SheetRow> records = new ArrayList<>();

	}

	static Parsed of(String source, List<SheetRow> rows, ImportLayout layout) {
		List<CellProblem> problems = new ArrayList<>();
		Map<String, Builder> byCode = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			String code = CreditCode.normalize(row.values().get("creditCode"));
			if (code == null || code.isEmpty()) {
				problems.add(at(row, "creditCode", "field.required"));
				continue;
			}
			Builder b = byCode.computeIfAbsent(code, c -> new Builder());
			b.first = b.first == null ? row : b.first;
			if (row.sheet().isSection()) {
				b.records.add(row);
				continue;
			}
			switch (row.sheet().kind()) {
				case BASIC -> {
					if (b.basic != null) {
						problems.add(at(row, "creditCode", "import.duplicate_enterprise"));
					}
					b.basic = row;
				}
				case QUALIFICATION -> b.qualifications.add(row);
				case PERSON -> b.personnel.add(row);
				case LICENCE -> b.licences.add(row);
			}
		}
		Map<String, SheetRow> places = new LinkedHashMap<>();
		List<EnterpriseImport> enterprises = new ArrayList<>();
		int i = 0;
		for (var entry : byCode.entrySet()) {
			String path = "enterprises[" + i++ + "]";
			Builder b = entry.getValue();
			places.put(path, b.basic != null ? b.basic : b.first);
			enterprises.add(enterprise(entry.getKey(), b, path, places, problems, layout));
		}
		return new Parsed(new ImportRequest(source, enterprises), places, problems);
	}

	private static EnterpriseImport enterprise(String code, Builder b, String path, Map<String, SheetRow> places,
			List<CellProblem> problems, ImportLayout layout) {
		List<Qualification> qualifications = new ArrayList<>();
		for (SheetRow r : b.qualifications) {
			places.put(path + ".basic.qualifications[" + qualifications.size() + "]", r);
			var v = r.values();
			qualifications.add(new Qualification(v.get("category"), v.get("grade"), v.get("certificateNumber"),
					v.get("validUntil"), removed(r, problems)));
		}
		Basic basic = null;
		Map<String, String> bv = b.basic == null ? Map.of() : b.basic.values();
		if (b.basic != null || !qualifications.isEmpty()) {
			if (b.basic != null) {
				places.put(path + ".basic", b.basic);
			}
			basic = new Basic(bv.get("legalRepresentative"), capital(b.basic, problems), bv.get("establishedOn"),
					bv.get("address"), bv.get("businessScope"), qualifications.isEmpty() ? null : qualifications);
		}
		List<Person> personnel = new ArrayList<>();
		for (SheetRow r : b.personnel) {
			places.put(path + ".personnel[" + personnel.size() + "]", r);
			var v = r.values();
			String idType = v.get("idType") == null ? null : ID_TYPES.getOrDefault(v.get("idType"), v.get("idType"));
			personnel
				.add(new Person(v.get("sourceId"), v.get("name"), idType, v.get("idNumber"), v.get("registrationType"),
						v.get("registrationNumber"), v.get("specialty"), v.get("validUntil"), removed(r, problems)));
		}
		List<Licence> licences = new ArrayList<>();
		for (SheetRow r : b.licences) {
			places.put(path + ".safetyLicences[" + licences.size() + "]", r);
			var v = r.values();
			licences.add(new Licence(v.get("sourceId"), v.get("number"), v.get("scope"), v.get("issuedBy"),
					v.get("validFrom"), v.get("validUntil"), v.get("status"), removed(r, problems)));
		}
		List<SectionRecord> records = new ArrayList<>();
		for (SheetRow r : b.records) {
			places.put(path + ".records[" + records.size() + "]", r);
			records.add(new SectionRecord(r.sheet().section(), r.values().get("sourceId"),
					layout.recordData(r.sheet(), r.values()), removed(r, problems)));
		}
		return new EnterpriseImport(code, bv.get("name"), basic, personnel.isEmpty() ? null : personnel,
				licences.isEmpty() ? null : licences, records.isEmpty() ? null : records);
	}

	private static BigDecimal capital(SheetRow row, List<CellProblem> problems) {
		String text = row == null ? null : row.values().get("registeredCapital");
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException e) {
			problems.add(at(row, "registeredCapital", "field.number"));
			return null;
		}
	}

	private static Boolean removed(SheetRow row, List<CellProblem> problems) {
		String text = row.values().get("removed");
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase()) {
			case "是", "true", "yes", "1" -> true;
			case "否", "false", "no", "0" -> false;
			default -> {
				problems.add(at(row, "removed", "field.boolean"));
				yield null;
			}
		};
	}

	private static CellProblem at(SheetRow row, String key, String code) {
		return new CellProblem(row.sheet().name(), row.row(),
				row.sheet().byKey(key).map(ImportSheets.Column::label).orElse(null), code, new Object[0]);
	}

}
