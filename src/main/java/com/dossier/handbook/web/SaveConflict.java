package com.dossier.handbook.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordVersion;
import com.dossier.handbook.SectionDefinition;

/**
 * A save refused because the record was saved meanwhile (issue 14 #4): which fields the
 * other save changed since the version the user's form was opened at, with their values,
 * so the form can show them beside what was typed.
 *
 * @param theirs the changed fields' values now stored, by field key (a field emptied
 * meanwhile maps to "")
 */
record SaveConflict(Map<String, String> theirs) {

	static final String VERSION = "record.version_conflict";

	/**
	 * @param form what the user posted, with the version it was opened at
	 * @param now the record as it is stored now
	 * @param history its versions, to find the one the form was opened at
	 */
	static SaveConflict of(SectionDefinition section, RecordForm form, HandbookRecord now,
			List<RecordVersion> history) {
		Map<String, String> base = history.stream()
			.filter(v -> form.version() != null && v.version() == form.version())
			.findFirst()
			.map(RecordVersion::data)
			.orElse(Map.of());
		Map<String, String> theirs = new LinkedHashMap<>();
		for (FieldDef f : section.fields()) {
			String stored = now.data().get(f.key());
			if (!f.isFixed() && !Objects.equals(blank(base.get(f.key())), blank(stored))) {
				theirs.put(f.key(), stored == null ? "" : stored);
			}
		}
		return new SaveConflict(theirs);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}
}
