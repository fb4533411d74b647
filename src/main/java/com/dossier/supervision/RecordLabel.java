package com.dossier.supervision;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.FieldType;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.SectionDefinition;

/**
 * How a tip names a record: the first column of the section's table that a person reads
 * as a name (a person's name, a device, a year), else its number.
 */
final class RecordLabel {

	private RecordLabel() {
	}

	static String of(SectionDefinition section, HandbookRecord record) {
		return section.columnFields()
			.stream()
			.filter(f -> f.options() == null || f.options().isEmpty())
			.filter(f -> f.type() != FieldType.BOOLEAN)
			.map(FieldDef::key)
			.map(record.data()::get)
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.orElse("#" + record.id());
	}

}
