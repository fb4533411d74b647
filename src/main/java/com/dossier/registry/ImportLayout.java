package com.dossier.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionCatalog;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.registry.ImportSheets.Column;

import org.springframework.stereotype.Component;

/**
 * Every sheet of the import workbook: the four fixed kinds, then one per handbook section
 * for its level-A records, made from the section's definition (its Chinese name, its
 * fields' Chinese labels, * on the required ones), so that a new section gets its sheet
 * without a line here.
 */
@Component
class ImportLayout {

	/** Excel refuses longer sheet names. */
	private static final int MAX_SHEET_NAME = 31;

	private final SectionCatalog catalog;

	private final SectionTexts texts;

	private final List<ImportSheet> sheets;

	ImportLayout(SectionCatalog catalog, SectionTexts texts) {
		this.catalog = catalog;
		this.texts = texts;
		List<ImportSheet> all = new ArrayList<>();
		for (ImportSheets kind : ImportSheets.values()) {
			all.add(kind.sheet());
		}
		catalog.all().forEach(section -> all.add(sheet(section)));
		this.sheets = List.copyOf(all);
	}

	List<ImportSheet> sheets() {
		return sheets;
	}

	Optional<ImportSheet> named(String name) {
		String n = name == null ? null : name.strip();
		return sheets.stream().filter(s -> s.name().equals(n)).findFirst();
	}

	/** The sheet of a section's level-A records. */
	ImportSheet section(String code) {
		return sheets.stream().filter(s -> code.equals(s.section())).findFirst().orElseThrow();
	}

	byte[] template() {
		return ImportSheets.template(sheets);
	}

	/**
	 * A section row's cells as the record's input: a choice typed as its label (居民身份证)
	 * becomes its value (ID_CARD), as in the section's own Excel import.
	 */
	Map<String, Object> recordData(ImportSheet sheet, Map<String, String> values) {
		SectionDefinition section = catalog.find(sheet.section()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (!key.startsWith(ImportSheet.DATA)) {
				return;
			}
			String field = key.substring(ImportSheet.DATA.length());
			FieldDef def = section.field(field).orElseThrow();
			data.put(field, def.type().choice() ? texts.optionFor(def, value).orElse(value) : value);
		});
		return data;
	}

	private ImportSheet sheet(SectionDefinition section) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("统一社会信用代码*", "creditCode"));
		columns.add(new Column("来源编号*", "sourceId"));
		for (FieldDef field : section.exchangeFields()) {
			String label = texts.text(field.labelKey(), SectionTexts.ZH);
			columns.add(new Column(field.required() ? label + "*" : label, ImportSheet.DATA + field.key()));
		}
		columns.add(new Column("已移除", "removed"));
		String name = texts.text(section.nameKey(), SectionTexts.ZH);
		return new ImportSheet(name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name, null,
				section.code(), List.copyOf(columns));
	}

}
