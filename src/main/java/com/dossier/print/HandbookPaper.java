package com.dossier.print;

import java.time.LocalDate;
import java.util.List;

import com.dossier.shared.print.Papers;

/**
 * The printed 诚信手册 as its page shows it (print/handbook.jte), every text already in the
 * reader's language.
 *
 * @param chosen the section codes asked for, as the PDF link repeats them (empty: all)
 */
public record HandbookPaper(String number, String enterpriseName, String creditCode, LocalDate printedOn,
		Papers.Seal seal, List<Section> sections, List<String> chosen) {

	public record Section(String code, String name, List<Row> rows) {
	}

	/** One record: its level and status, every field, and its attachments. */
	public record Row(int index, long id, String level, String status, List<Field> fields, List<String> attachments) {
	}

	public record Field(String label, String value) {
	}

	public int recordCount() {
		return sections.stream().mapToInt(s -> s.rows().size()).sum();
	}

	/**
	 * What the PDF link repeats: {@code ?sections=a,b}, or nothing for the whole
	 * handbook.
	 */
	public String query() {
		return chosen.isEmpty() ? "" : "?sections=" + String.join(",", chosen);
	}

}
