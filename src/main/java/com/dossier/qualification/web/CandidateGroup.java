package com.dossier.qualification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.qualification.Citations.Candidate;

/**
 * The new application form's records of one section: each with its key fields and level,
 * and, when it cannot be cited, why not.
 */
public record CandidateGroup(String code, String name, List<Row> rows) {

	public record Row(long recordId, String summary, String level, boolean citable, String whyNot) {
	}

	static List<CandidateGroup> of(List<Candidate> candidates, SectionTexts texts, boolean english) {
		Map<String, List<Candidate>> bySection = new LinkedHashMap<>();
		candidates.forEach(c -> bySection.computeIfAbsent(c.section().code(), k -> new ArrayList<>()).add(c));
		List<CandidateGroup> groups = new ArrayList<>();
		bySection.forEach((code, list) -> {
			SectionDefinition section = list.get(0).section();
			List<Row> rows = list.stream()
				.map(c -> new Row(c.record().id(), summary(section, c, texts, english), c.record().level().name(),
						c.citable(), c.citable() ? null : texts.message(c.refusal(), new Object[] { c.record().id() })))
				.toList();
			groups.add(new CandidateGroup(code, texts.text(section.nameKey()), rows));
		});
		return groups;
	}

	private static String summary(SectionDefinition section, Candidate c, SectionTexts texts, boolean english) {
		List<FieldDef> shown = section.columns().isEmpty() ? section.fields() : section.columnFields();
		return String.join(english ? "; " : "；",
				shown.stream()
					.limit(3)
					.map(f -> texts.text(f.labelKey()) + (english ? ": " : "：")
							+ texts.display(f, c.record().data().get(f.key())))
					.toList());
	}

}
