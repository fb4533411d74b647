package com.dossier.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fixed sheets of the import workbook (one per kind; the sections' sheets follow, see
 * {@link ImportLayout}): Chinese headers (a trailing * marks a required column), each
 * column naming the payload field it fills. The template and the reader share these
 * definitions, so they cannot drift apart.
 */
enum ImportSheets {

	BASIC("企业基本信息", col("统一社会信用代码*", "creditCode"), col("企业名称", "name"), col("法定代表人", "legalRepresentative"),
			col("注册资本(万元)", "registeredCapital"), col("成立日期", "establishedOn"), col("住所", "address"),
			col("经营范围", "businessScope")),

	QUALIFICATION("资质", col("统一社会信用代码*", "creditCode"), col("资质类别*", "category"), col("资质等级*", "grade"),
			col("证书编号*", "certificateNumber"), col("有效期至", "validUntil"), col("已移除", "removed")),

	PERSON("注册人员", col("统一社会信用代码*", "creditCode"), col("来源编号*", "sourceId"), col("姓名*", "name"), col("证件类型", "idType"),
			col("证件号码*", "idNumber"), col("注册类别*", "registrationType"), col("注册编号", "registrationNumber"),
			col("专业", "specialty"), col("有效期至", "validUntil"), col("已移除", "removed")),

	LICENCE("安全生产许可证", col("统一社会信用代码*", "creditCode"), col("来源编号*", "sourceId"), col("许可证编号*", "number"),
			col("许可范围", "scope"), col("发证机关", "issuedBy"), col("有效期起", "validFrom"), col("有效期至*", "validUntil"),
			col("状态", "status"), col("已移除", "removed"));

	/** A column: its header as shown and the payload field it fills. */
	record Column(String header, String key) {

		/** The header without its required mark, as problems name it. */
		String label() {
			return header.endsWith("*") ? header.substring(0, header.length() - 1) : header;
		}
	}

	final String sheetName;

	final List<Column> columns;

	ImportSheets(String sheetName, Column... columns) {
		this.sheetName = sheetName;
		this.columns = List.of(columns);
	}

	private static Column col(String header, String key) {
		return new Column(header, key);
	}

	/** This kind as a sheet of the workbook. */
	ImportSheet sheet() {
		return new ImportSheet(sheetName, this, null, columns);
	}

	/**
	 * The empty template: every sheet with its headers in bold and text-formatted columns
	 * (so that dates stay {@code 2026-12-01} and ID numbers keep every digit).
	 */
	static byte[] template(List<ImportSheet> sheets) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = book.createCellStyle();
			text.setDataFormat(book.createDataFormat().getFormat("@"));
			for (ImportSheet kind : sheets) {
				Sheet sheet = book.createSheet(kind.name());
				Row header = sheet.createRow(0);
				for (int c = 0; c < kind.columns().size(); c++) {
					var cell = header.createCell(c);
					cell.setCellValue(kind.columns().get(c).header());
					cell.setCellStyle(bold);
					sheet.setDefaultColumnStyle(c, text);
					sheet.setColumnWidth(c, 20 * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
