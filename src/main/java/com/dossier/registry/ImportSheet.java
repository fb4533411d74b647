package com.dossier.registry;

import java.util.List;
import java.util.Optional;

import com.dossier.registry.ImportSheets.Column;

/**
 * One sheet of the import workbook: a fixed kind ({@code kind}, the four of
 * {@link ImportSheets}) or the level-A records of a handbook section ({@code section},
 * its columns made from the section's fields, keyed {@code data.<field>}).
 */
record ImportSheet(String name, ImportSheets kind, String section, List<Column> columns) {

	/** The prefix of a column key that fills a field of the record's data. */
	static final String DATA = "data.";

	boolean isSection() {
		return section != null;
	}

	Optional<Column> byHeader(String header) {
		String h = header == null ? "" : header.strip();
		return columns.stream().filter(c -> c.header().equals(h) || c.label().equals(h)).findFirst();
	}

	Optional<Column> byKey(String key) {
		return columns.stream().filter(c -> c.key().equals(key)).findFirst();
	}

}
