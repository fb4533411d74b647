package com.dossier.verification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.verification.FilingCandidates.Candidate;

/**
 * The 提交原件校对 page's records of one section. The page lists the sections one below the
 * other, each folded but the one it was opened from ({@code ?section=}), which comes
 * first with its records ticked.
 *
 * @param open whether the section shows unfolded
 */
public record FilingGroup(String code, String name, boolean open, List<Row> rows) {

	/**
	 * One D record: its key fields, its status, when it cannot be filed why not, and what
	 * its scans do not seem to show ({@code hints}).
	 */
	public record Row(long recordId, String summary, String status, boolean pickable, boolean picked,
			List<String> reasons, List<String> hints) {
	}

	private static final int KEY_FIELDS = 3;

	static List<FilingGroup> of(List<Candidate> candidates, String from, SectionTexts texts, boolean english,
			Function<Long, List<String>> hints) {
		Map<String, List<Candidate>> bySection = new LinkedHashMap<>();
		candidates.forEach(c -> bySection.computeIfAbsent(c.section().code(), k -> new ArrayList<>()).add(c));
		boolean known = from != null && bySection.containsKey(from);
		List<FilingGroup> groups = new ArrayList<>();
		bySection.forEach((code, list) -> {
			SectionDefinition section = list.get(0).section();
			boolean here = code.equals(from);
			List<Row> rows = list.stream()
				.map(c -> new Row(c.record().id(), summary(section, c, texts, english),
						texts.text("handbook.status." + c.record().status()), c.pickable(), here && c.pickable(),
						c.reasons(), c.pickable() ? hints.apply(c.record().id()) : List.of()))
				.toList();
			FilingGroup group = new FilingGroup(code, texts.text(section.nameKey()), !known || here, rows);
			if (here) {
				groups.add(0, group);
			}
			else {
				groups.add(group);
			}
		});
		return groups;
	}

	private static String summary(SectionDefinition section, Candidate c, SectionTexts texts, boolean english) {
		List<FieldDef> shown = section.columns().isEmpty() ? section.fields() : section.columnFields();
		return String.join(english ? "; " : "；",
				shown.stream()
					.limit(KEY_FIELDS)
					.map(f -> texts.text(f.labelKey()) + (english ? ": " : "：")
							+ texts.display(f, c.record().data().get(f.key())))
					.toList());
	}
}
