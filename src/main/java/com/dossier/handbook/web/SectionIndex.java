package com.dossier.handbook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;

/**
 * The 信息自助变更 index as src/main/jte/handbook/index.jte lists it: each section's name, and
 * a note (which qualification cases need the foreign-* sections) above the first section
 * it applies to.
 */
public record SectionIndex(List<Entry> entries) {

	/** {@code note} is null unless a new note starts at this section. */
	public record Entry(String code, String name, String note) {
	}

	static SectionIndex of(List<SectionDefinition> sections, SectionTexts texts) {
		List<Entry> entries = new ArrayList<>(sections.size());
		String previous = null;
		for (SectionDefinition s : sections) {
			String note = s.noteKey() != null && !Objects.equals(previous, s.noteKey()) ? texts.text(s.noteKey())
					: null;
			previous = s.noteKey();
			entries.add(new Entry(s.code(), texts.text(s.nameKey()), note));
		}
		return new SectionIndex(List.copyOf(entries));
	}
}
