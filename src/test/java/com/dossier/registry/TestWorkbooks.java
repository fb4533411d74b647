package com.dossier.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Import workbooks written row by row (POI's streaming writer), as large as a test needs.
 */
final class TestWorkbooks {

	private final SXSSFWorkbook book = new SXSSFWorkbook(200);

	TestWorkbooks sheet(ImportSheets kind, List<List<String>> rows) {
		return sheet(kind.sheet(), rows);
	}

	/** A sheet with every column of its kind, in the template's order. */
	TestWorkbooks sheet(ImportSheet kind, List<List<String>> rows) {
		Sheet sheet = book.createSheet(kind.name());
		Row header = sheet.createRow(0);
		for (int c = 0; c < kind.columns().size(); c++) {
			header.createCell(c).setCellValue(kind.columns().get(c).header());
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				if (values.get(c) != null) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
		}
		return this;
	}

	byte[] bytes() throws IOException {
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
	}

}
