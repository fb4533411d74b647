package com.dossier.handbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Which column of an uploaded sheet holds which field, and where the 记录编号 and 版本 are (-1:
 * absent, as in a sheet made by hand), found by header text: a label in either language,
 * or the key. 数据等级 is never read.
 */
record ExcelColumns(Map<Integer, FieldDef> fields, int id, int version) {

	static ExcelColumns of(SectionDefinition section, Row header, SectionTexts texts, List<ExcelProblem> problems) {
		Map<Integer, FieldDef> fields = new LinkedHashMap<>();
		int id = -1;
		int version = -1;
		if (header != null) {
			for (Cell cell : header) {
				String text = ExcelExchange.value(cell, FieldType.TEXT);
				section.exchangeFields()
					.stream()
					.filter(f -> ExcelExchange.header(text, f.labelKey(), f.key(), texts))
					.findFirst()
					.ifPresent(f -> fields.put(cell.getColumnIndex(), f));
				if (id < 0 && ExcelExchange.header(text, ExcelExchange.ID_LABEL, "id", texts)) {
					id = cell.getColumnIndex();
				}
				if (version < 0 && ExcelExchange.header(text, ExcelExchange.VERSION_LABEL, "version", texts)) {
					version = cell.getColumnIndex();
				}
			}
		}
		for (FieldDef field : section.exchangeFields()) {
			if (field.required() && !fields.containsValue(field)) {
				problems.add(new ExcelProblem(1, "", texts.text(field.labelKey()), "excel.missing_column",
						new Object[] { texts.text(field.labelKey()) }));
			}
		}
		if (!problems.isEmpty()) {
			throw new ExcelImportException(problems);
		}
		return new ExcelColumns(fields, id, version);
	}

}
