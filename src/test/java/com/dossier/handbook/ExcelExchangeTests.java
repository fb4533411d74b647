package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ExcelExchangeTests {

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	private final ExcelExchange excel = new ExcelExchange(new SectionTexts(messages()));

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource m = new ResourceBundleMessageSource();
		m.setBasenames("messages/handbook");
		m.setDefaultEncoding("UTF-8");
		m.setFallbackToSystemLocale(false);
		return m;
	}

	@Test
	void exportsTheTableColumnsAndReadsThemBack() throws Exception {
		LocaleContextHolder.setLocale(SectionTexts.ZH);
		Map<String, String> a = FieldRules.check(equipment, FieldRulesTests.equipment(), FieldRulesTests.TODAY);
		Map<String, String> b = FieldRules.check(
				equipment, Map.of("name", "全站仪", "model", "TS-60", "origin", "瑞士", "manufactureDate", "2020-01-15",
						"quantity", "1", "originalValue", "12.3456", "netValue", "0", "remark", "备用"),
				FieldRulesTests.TODAY);
		byte[] file = excel.export(equipment, List.of(record(a, Level.C), record(b, Level.D)));

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Row header = book.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("设备及仪器名称");
			assertThat(header.getCell(6).getStringCellValue()).isEqualTo("功率（千瓦）");
			assertThat(header.getCell(8).getStringCellValue()).isEqualTo("净值（万元）");
			assertThat(header.getCell(9).getStringCellValue()).isEqualTo("备注");
			assertThat(header.getCell(10).getStringCellValue()).isEqualTo("数据等级");
			assertThat(book.getSheetAt(0).getRow(1).getCell(10).getStringCellValue()).isEqualTo("C");
		}
		assertThat(excel.read(equipment, new ByteArrayInputStream(file), file.length, FieldRulesTests.TODAY))
			.extracting(ExcelRow::data, ExcelRow::id, ExcelRow::version, ExcelRow::idColumn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(a, 1L, 1, "L"),
					org.assertj.core.groups.Tuple.tuple(b, 1L, 1, "L"));
	}

	@Test
	void datesAreExcelDatesNumbersAreNumbersAndOnlyTheFieldsAreUnlocked() throws Exception {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		Map<String, String> a = FieldRules.check(equipment, FieldRulesTests.equipment(), FieldRulesTests.TODAY);
		byte[] file = excel.export(equipment, List.of(record(a, Level.D)));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = book.getSheetAt(0);
			Row row = sheet.getRow(1);
			Cell date = row.getCell(4);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getLocalDateTimeCellValue().toLocalDate().toString()).isEqualTo(a.get("manufactureDate"));
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(Double.parseDouble(a.get("quantity")));
			assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(row.getCell(1).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Record ID");
			for (int c = 10; c <= 12; c++) {
				assertThat(row.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
			}
			assertThat(sheet.getColumnStyle(1).getLocked()).as("new rows may be typed").isFalse();
		}
		finally {
			LocaleContextHolder.setLocale(SectionTexts.ZH);
		}
	}

	@Test
	void aDateTypedWithoutDateFormatIsStillReadAsADate() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("x");
			String[] header = { "设备及仪器名称", "型号", "产地", "出厂日期", "数量（台）", "原值（万元）", "净值（万元）" };
			Row top = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("塔吊");
			row.createCell(1).setCellValue("QTZ80");
			row.createCell(2).setCellValue("上海");
			row.createCell(3).setCellValue(DateUtil.getExcelDate(java.time.LocalDate.of(2019, 5, 6)));
			row.createCell(4).setCellValue(2);
			row.createCell(5).setCellValue(100);
			row.createCell(6).setCellValue(50.5);
			book.write(out);
			byte[] file = out.toByteArray();
			assertThat(excel.read(equipment, new ByteArrayInputStream(file), file.length, FieldRulesTests.TODAY))
				.singleElement()
				.satisfies(r -> {
					assertThat(r.isNew()).isTrue();
					assertThat(r.data()).containsEntry("manufactureDate", "2019-05-06")
						.containsEntry("netValue", "50.5");
				});
		}
	}

	@Test
	void theExportedWorkbookReadsInOpenpyxlWithDatesAsDatetimes() throws Exception {
		// Debian's python3 (python3-openpyxl), not one earlier on the PATH without it.
		String python3 = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
		boolean available = new ProcessBuilder(python3, "-c", "import openpyxl").start().waitFor() == 0;
		assumeTrue(available || "true".equals(System.getenv("CI")), "python3-openpyxl is not installed");
		Map<String, String> a = FieldRules.check(equipment, FieldRulesTests.equipment(), FieldRulesTests.TODAY);
		Path file = Files.createTempFile("equipment", ".xlsx");
		try {
			Files.write(file, excel.export(equipment, List.of(record(a, Level.D))));
			Process python = new ProcessBuilder(python3, "-c", """
					import sys, datetime, openpyxl
					ws = openpyxl.load_workbook(sys.argv[1]).active
					cell = ws.cell(row=2, column=5).value
					assert isinstance(cell, datetime.datetime), repr(cell)
					assert isinstance(ws.cell(row=2, column=6).value, (int, float))
					print(cell.date().isoformat())
					""", file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			String out = new String(python.getInputStream().readAllBytes()).strip();
			assertThat(python.waitFor()).as(out).isZero();
			assertThat(out).isEqualTo(a.get("manufactureDate"));
		}
		finally {
			Files.delete(file);
		}
	}

	@Test
	void aBrokenSheetListsEveryProblemWithRowAndColumn() throws Exception {
		byte[] file = sheet(new String[][] { { "设备及仪器名称", "型号", "产地", "出厂日期", "数量（台）", "原值（万元）", "净值（万元）" },
				{ "塔吊", "QTZ80", "上海", "2019-01-01", "2", "100", "50" },
				{ "", "X1", "北京", "2019-02-30", "0", "10", "20" } });
		ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
				() -> excel.read(equipment, new ByteArrayInputStream(file), file.length, FieldRulesTests.TODAY));
		assertThat(e.problems()).extracting(ExcelProblem::cell, ExcelProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A3", "field.required"),
					org.assertj.core.groups.Tuple.tuple("D3", "field.date"),
					org.assertj.core.groups.Tuple.tuple("E3", "field.min"),
					org.assertj.core.groups.Tuple.tuple("G3", "field.not_greater_than"));
		assertThat(e.problems()).filteredOn(p -> p.cell().equals("D3"))
			.singleElement()
			.extracting(ExcelProblem::header)
			.isEqualTo("出厂日期");
	}

	@Test
	void aMissingRequiredColumnIsReported() throws Exception {
		byte[] file = sheet(new String[][] { { "Model", "Origin" }, { "X", "Y" } });
		ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
				() -> excel.read(equipment, new ByteArrayInputStream(file), file.length, FieldRulesTests.TODAY));
		assertThat(e.problems()).extracting(ExcelProblem::code).containsOnly("excel.missing_column").hasSize(5);
	}

	@Test
	void refusesFilesThatAreNotWorkbooksTooLargeOrTooLong() throws Exception {
		byte[] junk = "not a workbook".getBytes();
		assertThat(code(junk, junk.length)).isEqualTo("excel.unreadable");
		assertThat(code(junk, ExcelExchange.MAX_BYTES + 1)).isEqualTo("excel.too_large");
		String[][] rows = new String[ExcelExchange.MAX_ROWS + 2][];
		rows[0] = new String[] { "型号" };
		for (int i = 1; i < rows.length; i++) {
			rows[i] = new String[] { "X" };
		}
		byte[] longSheet = sheet(rows);
		assertThat(code(longSheet, longSheet.length)).isEqualTo("excel.too_many_rows");
	}

	private String code(byte[] file, long size) {
		return catchThrowableOfType(ExcelImportException.class,
				() -> excel.read(equipment, new ByteArrayInputStream(file), size, FieldRulesTests.TODAY))
			.problems()
			.get(0)
			.code();
	}

	static byte[] sheet(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("x");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static HandbookRecord record(Map<String, String> data, Level level) {
		return new HandbookRecord(1, 1, "equipment", level, RecordStatus.DRAFT, 1, data, null, null, false, "a",
				Instant.now(), "a", Instant.now());
	}

}
