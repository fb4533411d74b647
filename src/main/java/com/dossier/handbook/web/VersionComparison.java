package com.dossier.handbook.web;

import java.util.List;
import java.util.Objects;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.RecordVersion;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;

/** Two versions of one record side by side, field by field, marking what changed. */
public record VersionComparison(RecordVersion left, RecordVersion right, List<Row> rows) {

	public record Row(String label, String left, String right, boolean changed) {
	}

	static VersionComparison of(SectionDefinition section, SectionTexts texts, RecordVersion left,
			RecordVersion right) {
		List<Row> rows = section.fields().stream().map(f -> row(f, texts, left, right)).toList();
		return new VersionComparison(left, right, rows);
	}

	private static Row row(FieldDef field, SectionTexts texts, RecordVersion left, RecordVersion right) {
		String a = left.data().get(field.key());
		String b = right.data().get(field.key());
		return new Row(texts.text(field.labelKey()), texts.display(field, a), texts.display(field, b),
				!Objects.equals(a, b));
	}
}
