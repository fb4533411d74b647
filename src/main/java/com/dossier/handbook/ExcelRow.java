package com.dossier.handbook;

import java.util.Map;

/**
 * One data row of an imported sheet, its cells already checked: the record it names (the
 * export's 记录编号 and 版本, null on a new row) and its canonical data.
 *
 * @param row the Excel row number, from 1
 * @param idColumn the letter of the 记录编号 column, where a problem with the id is shown
 */
record ExcelRow(int row, Long id, Integer version, String idColumn, Map<String, String> data) {

	boolean isNew() {
		return id == null;
	}

}
