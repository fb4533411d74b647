package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
			.containsExactly(a, b);
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
