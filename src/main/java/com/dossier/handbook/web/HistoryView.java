package com.dossier.handbook.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordVersion;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;

/**
 * A record's history page as src/main/jte/handbook/history.jte shows it: its versions
 * with their words (新增, 未提交) resolved here, and the comparison of two of them. Times stay
 * instants: the template prints them in the administration's zone ({@code ctx.time}), as
 * every other page does. The actor is the person as accounts name them (王芳（demo-ent-op）).
 */
public record HistoryView(long recordId, String title, boolean deleted, String sectionHref, List<Version> versions,
		VersionComparison comparison) {

	public record Version(int version, Instant at, String actor, String change, String level, String status) {
	}

	static HistoryView of(HandbookRecord record, SectionDefinition section, List<RecordVersion> versions,
			VersionComparison comparison, SectionTexts texts, Map<String, String> people) {
		List<Version> rows = versions.stream()
			.map(v -> new Version(v.version(), v.at(), people.getOrDefault(v.actor(), v.actor()),
					texts.text("handbook.change." + v.change()), v.level().name(),
					texts.text("handbook.status." + v.status())))
			.toList();
		return new HistoryView(record.id(), texts.text(section.nameKey()), record.deleted(),
				"/handbook/sections/" + section.code(), rows, comparison);
	}
}
