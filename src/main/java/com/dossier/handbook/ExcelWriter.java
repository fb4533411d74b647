package com.dossier.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a section's records as the workbook {@link ExcelExchange} reads back: 序号, the
 * exchanged fields, then the read-only 数据等级, 记录编号 and 版本. Dates are Excel dates and
 * numbers Excel numbers, so a spreadsheet sorts and sums them. The sheet is protected
 * without a password, the field columns unlocked: a hint, not a barrier — the import
 * never reads the level, and checks the id and version itself.
 */
final class ExcelWriter {

	private final SectionTexts texts;

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final CellStyle text = style(null, false);

	private final CellStyle date = style("yyyy-mm-dd", false);

	private final CellStyle month = style("yyyy-mm", false);

	private final CellStyle locked = style(null, true);

	ExcelWriter(SectionTexts texts) {
		this.texts = texts;
	}

	byte[] write(SectionDefinition section, List<HandbookRecord> records) {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(texts.text(section.nameKey())));
			List<FieldDef> fields = section.exchangeFields();
			int level = fields.size() + 1;
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(texts.text("handbook.column.number"));
			for (int i = 0; i < fields.size(); i++) {
				header.createCell(i + 1).setCellValue(texts.text(fields.get(i).labelKey()));
				sheet.setDefaultColumnStyle(i + 1, styleOf(fields.get(i)));
			}
			header.createCell(level).setCellValue(texts.text("handbook.column.level"));
			header.createCell(level + 1).setCellValue(texts.text(ExcelExchange.ID_LABEL));
			header.createCell(level + 2).setCellValue(texts.text(ExcelExchange.VERSION_LABEL));
			int n = 1;
			for (HandbookRecord record : records) {
				Row row = sheet.createRow(n);
				row.createCell(0).setCellValue(n++);
				for (int i = 0; i < fields.size(); i++) {
					write(row.createCell(i + 1), fields.get(i), record.data().get(fields.get(i).key()));
				}
				lockedCell(row, level).setCellValue(record.level().name());
				lockedCell(row, level + 1).setCellValue(record.id());
				lockedCell(row, level + 2).setCellValue(record.version());
			}
			for (int i = 0; i <= level + 2; i++) {
				sheet.setColumnWidth(i, i == 0 ? 6 * 256 : 18 * 256);
			}
			protect(sheet);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("could not write a workbook in memory", e);
		}
	}

	private void write(Cell cell, FieldDef field, String value) {
		cell.setCellStyle(styleOf(field));
		if (value == null) {
			return;
		}
		switch (field.type()) {
			case DATE -> cell.setCellValue(LocalDate.parse(value));
			case YEAR_MONTH -> cell.setCellValue(YearMonth.parse(value).atDay(1));
			default -> {
				if (field.type().numeric()) {
					cell.setCellValue(new BigDecimal(value).doubleValue());
				}
				else {
					cell.setCellValue(texts.display(field, value));
				}
			}
		}
	}

	private CellStyle styleOf(FieldDef field) {
		return switch (field.type()) {
			case DATE -> date;
			case YEAR_MONTH -> month;
			default -> text;
		};
	}

	private Cell lockedCell(Row row, int column) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(locked);
		return cell;
	}

	/**
	 * People may still add, delete and sort rows and format cells; only the locked
	 * columns refuse typing.
	 */
	private static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockInsertRows(false);
		sheet.lockDeleteRows(false);
		sheet.lockSort(false);
		sheet.lockAutoFilter(false);
		sheet.lockFormatCells(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
	}

	private CellStyle style(String format, boolean lockedCell) {
		CellStyle style = book.createCellStyle();
		if (format != null) {
			style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
		}
		style.setLocked(lockedCell);
		return style;
	}

}
