package com.dossier.handbook;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.Sizes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Excel (.xlsx) of a many-record section (layout in {@link ExcelWriter}). Import reads
 * the same layout (headers in either language), checks every row with the section's rules
 * and reports every problem by cell; which records the rows name is {@link ExcelImport}'s
 * business. Guards: file size, rows, and POI's zip-bomb checks.
 */
@Component
class ExcelExchange {

	static final long MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 2000;

	static final String ID_LABEL = "handbook.column.record_id";

	static final String VERSION_LABEL = "handbook.column.version";

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
		return new ExcelWriter(texts).write(section, records);
	}

	/** Every data row, checked, or {@link ExcelImportException} listing every problem. */
	List<ExcelRow> read(SectionDefinition section, InputStream in, long size, LocalDate today) {
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

	private List<ExcelRow> rows(SectionDefinition section, Sheet sheet, LocalDate today) {
		if (sheet.getLastRowNum() > MAX_ROWS) {
			throw new ExcelImportException(List.of(ExcelProblem.ofFile("excel.too_many_rows", MAX_ROWS)));
		}
		List<ExcelProblem> problems = new ArrayList<>();
		ExcelColumns columns = ExcelColumns.of(section, sheet.getRow(0), texts, problems);
		List<ExcelRow> result = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, Object> input = new LinkedHashMap<>();
			Map<String, Integer> columnOf = new HashMap<>();
			columns.fields().forEach((c, field) -> {
				String text = row == null ? null : value(row.getCell(c), field.type());
				if (text != null && field.type().choice()) {
					text = texts.optionFor(field, text).orElse(text);
				}
				input.put(field.key(), text);
				columnOf.put(field.key(), c);
			});
			String id = cell(row, columns.id());
			String version = cell(row, columns.version());
			if (id == null && input.values().stream().allMatch(v -> v == null)) {
				continue;
			}
			int excelRow = r + 1;
			FieldErrors errors = new FieldErrors();
			Map<String, String> data = FieldRules.check(section, input, errors, today);
			errors.all().forEach(e -> {
				int c = columnOf.getOrDefault(e.field(), 0);
				problems.add(new ExcelProblem(excelRow, CellReference.convertNumToColString(c),
						texts.text(section.field(e.field()).map(FieldDef::labelKey).orElse(e.field())), e.code(),
						e.args()));
			});
			Long recordId = number(id, 18, excelRow, columns.id(), ID_LABEL, "excel.id_invalid", problems);
			Long recordVersion = number(version, 9, excelRow, columns.version(), VERSION_LABEL, "excel.version_invalid",
					problems);
			result.add(new ExcelRow(excelRow, recordId, recordVersion == null ? null : recordVersion.intValue(),
					columns.id() < 0 ? "" : CellReference.convertNumToColString(columns.id()), data));
		}
		if (!problems.isEmpty()) {
			throw new ExcelImportException(problems);
		}
		return result;
	}

	/**
	 * A positive whole number of at most {@code digits} digits, or null after a problem.
	 */
	private Long number(String text, int digits, int row, int column, String label, String code,
			List<ExcelProblem> problems) {
		if (text == null) {
			return null;
		}
		if (text.matches("[1-9]\\d{0," + (digits - 1) + "}")) {
			return Long.valueOf(text);
		}
		problems.add(new ExcelProblem(row, CellReference.convertNumToColString(column), texts.text(label), code,
				new Object[] { text }));
		return null;
	}

	private static String cell(Row row, int column) {
		return row == null || column < 0 ? null : value(row.getCell(column), FieldType.TEXT);
	}

	/**
	 * A cell as the text a form would send: a date cell in a date field as
	 * {@code yyyy-MM-dd} (or {@code yyyy-MM}), also when its format was lost; a number
	 * without trailing zeros.
	 */
	static String value(Cell cell, FieldType type) {
		if (cell == null) {
			return null;
		}
		CellType kind = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (kind) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC -> numeric(cell, type);
			default -> null;
		};
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String numeric(Cell cell, FieldType type) {
		boolean dateField = type == FieldType.DATE || type == FieldType.YEAR_MONTH;
		double value = cell.getNumericCellValue();
		if ((dateField && DateUtil.isValidExcelDate(value)) || DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime at = cell.getLocalDateTimeCellValue();
			if (at != null) {
				return type == FieldType.YEAR_MONTH ? YearMonth.from(at).toString() : at.toLocalDate().toString();
			}
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	static boolean header(String text, String labelKey, String key, SectionTexts texts) {
		return text != null && (key.equalsIgnoreCase(text) || texts.text(labelKey, SectionTexts.ZH).equals(text)
				|| texts.text(labelKey, Locale.ENGLISH).equalsIgnoreCase(text));
	}

}
