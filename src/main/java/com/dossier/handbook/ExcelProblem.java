package com.dossier.handbook;

/**
 * One thing wrong in an uploaded sheet, where a person finds it: Excel row (from 1),
 * column letter and header.
 */
public record ExcelProblem(int row, String column, String header, String code, Object[] args) {

	/** Problems of the whole file (unreadable, too many rows) have no cell. */
	static ExcelProblem ofFile(String code, Object... args) {
		return new ExcelProblem(0, "", "", code, args);
	}

	public String cell() {
		return row == 0 ? "file" : column.isEmpty() ? "row" + row : column + row;
	}
}
