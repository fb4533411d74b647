package com.dossier.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.Sizes;
import com.dossier.shared.FieldErrors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Excel (.xlsx) of a many-record section: 序号, the table's columns (then 备注), 数据等级 — one
 * row per record. Import reads the same layout (headers in either language), checks every
 * row with the section's rules and reports every problem by cell; the caller stores all
 * rows or none. Guards: file size, rows, and POI's zip-bomb checks.
 */
@Component
class ExcelExchange {

	static final long MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 2000;

	static {
		// A zip bomb expands far beyond its size: refuse entries that inflate more than
		// 100x or past 30 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(30L * 1024 * 1024);
	}

	private final SectionTexts texts;

	ExcelExchange(SectionTexts texts) {
		this.texts = texts;
	}

	byte[] export(SectionDefinition section, List<HandbookRecord> records) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(texts.text(section.nameKey())));
			List<FieldDef> fields = section.exchangeFields();
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(texts.text("handbook.column.number"));
			for (int i = 0; i < fields.size(); i++) {
				header.createCell(i + 1).setCellValue(texts.text(fields.get(i).labelKey()));
			}
			header.createCell(fields.size() + 1).setCellValue(texts.text("handbook.column.level"));
			int n = 1;
			for (HandbookRecord record : records) {
				Row row = sheet.createRow(n);
				row.createCell(0).setCellValue(n++);
				for (int i = 0; i < fields.size(); i++) {
					write(row.createCell(i + 1), fields.get(i), record.data().get(fields.get(i).key()));
				}
				row.createCell(fields.size() + 1).setCellValue(record.level().name());
			}
			for (int i = 0; i <= fields.size() + 1; i++) {
				sheet.setColumnWidth(i, i == 0 ? 6 * 256 : 18 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("could not write a workbook in memory", e);
		}
	}

	private void write(Cell cell, FieldDef field, String value) {
		if (value == null) {
			return;
		}
		if (field.type().numeric()) {
			cell.setCellValue(new BigDecimal(value).doubleValue());
		}
		else {
			cell.setCellValue(texts.display(field, value));
		}
	}

	/**
	 * The canonical data of every row, or {@link ExcelImportException} listing every
	 * problem.
	 */
	List<Map<String, String>> read(SectionDefinition section, InputStream in, long size, LocalDate today) {
		if (size > MAX_BYTES) {
			throw new ExcelImportException(List.of(ExcelProblem.ofFile("excel.too_large", Sizes.kb(MAX_BYTES))));
		}
		try (Workbook book = new XSSFWorkbook(in)) {
			return rows(section, book.getSheetAt(0), today);
		}
		catch (ExcelImportException e) {
			throw e;
		}
		catch (Exception e) {
			// Not a workbook, a damaged one, or one that trips the zip-bomb guard: all
			// "unreadable" to the user.
			throw new ExcelImportException(List.of(ExcelProblem.ofFile("excel.unreadable")));
		}
	}

	private List<Map<String, String>> rows(SectionDefinition section, Sheet sheet, LocalDate today) {
		if (sheet.getLastRowNum() > MAX_ROWS) {
			throw new ExcelImportException(List.of(ExcelProblem.ofFile("excel.too_many_rows", MAX_ROWS)));
		}
		List<ExcelProblem> problems = new ArrayList<>();
		Map<Integer, FieldDef> columns = columns(section, sheet.getRow(0), problems);
		List<Map<String, String>> result = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, Object> input = new LinkedHashMap<>();
			Map<String, Integer> columnOf = new HashMap<>();
			columns.forEach((c, field) -> {
				String text = row == null ? null : value(row.getCell(c));
				if (text != null && field.type().choice()) {
					text = texts.optionFor(field, text).orElse(text);
				}
				input.put(field.key(), text);
				columnOf.put(field.key(), c);
			});
			if (input.values().stream().allMatch(v -> v == null)) {
				continue;
			}
			FieldErrors errors = new FieldErrors();
			Map<String, String> data = FieldRules.check(section, input, errors, today);
			final int excelRow = r + 1;
			errors.all().forEach(e -> {
				int c = columnOf.getOrDefault(e.field(), 0);
				problems.add(new ExcelProblem(excelRow, CellReference.convertNumToColString(c),
						texts.text(section.field(e.field()).map(FieldDef::labelKey).orElse(e.field())), e.code(),
						e.args()));
			});
			result.add(data);
		}
		if (!problems.isEmpty()) {
			throw new ExcelImportException(problems);
		}
		return result;
	}

	/**
	 * Which column holds which field, by header text (label in either language, or key).
	 */
	private Map<Integer, FieldDef> columns(SectionDefinition section, Row header, List<ExcelProblem> problems) {
		Map<Integer, FieldDef> columns = new LinkedHashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				String text = value(cell);
				section.exchangeFields()
					.stream()
					.filter(f -> text != null
							&& (f.key().equalsIgnoreCase(text) || texts.text(f.labelKey(), SectionTexts.ZH).equals(text)
									|| texts.text(f.labelKey(), java.util.Locale.ENGLISH).equalsIgnoreCase(text)))
					.findFirst()
					.ifPresent(f -> columns.put(cell.getColumnIndex(), f));
			}
		}
		for (FieldDef field : section.exchangeFields()) {
			if (field.required() && !columns.containsValue(field)) {
				problems.add(new ExcelProblem(1, "", texts.text(field.labelKey()), "excel.missing_column",
						new Object[] { texts.text(field.labelKey()) }));
			}
		}
		if (!problems.isEmpty()) {
			throw new ExcelImportException(problems);
		}
		return columns;
	}

	private static String value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			default -> null;
		};
		return text == null || text.isBlank() ? null : text.strip();
	}

}
