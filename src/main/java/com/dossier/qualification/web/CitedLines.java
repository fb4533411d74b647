package com.dossier.qualification.web;

import java.util.ArrayList;
import java.util.List;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.QualificationApplication.Item;
import com.dossier.verification.ScanSource;

import org.springframework.stereotype.Component;

/**
 * The cited records of an application as lines for its pages and its printed form. Scans
 * come from {@link ScanSource} (the attachment module); with none, a line has no scans.
 */
@Component
class CitedLines {

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final List<ScanSource> scans;

	CitedLines(HandbookService handbook, SectionTexts texts, List<ScanSource> scans) {
		this.handbook = handbook;
		this.texts = texts;
		this.scans = scans;
	}

	/** Fields and levels only (the enterprise's list and the printed form). */
	List<CitedLine> of(QualificationApplication a) {
		return lines(a, false);
	}

	/** With every scan and the whole history, for the reviewer. */
	List<CitedLine> withEvidence(QualificationApplication a) {
		return lines(a, true);
	}

	private List<CitedLine> lines(QualificationApplication a, boolean evidence) {
		List<CitedLine> lines = new ArrayList<>();
		int n = 0;
		for (Item item : a.items()) {
			HandbookRecord record = handbook.own(a.enterpriseId(), item.recordId());
			SectionDefinition section = handbook.definition(record);
			List<CitedLine.Field> fields = section.fields()
				.stream()
				.map(f -> new CitedLine.Field(texts.text(f.labelKey()), texts.display(f, record.data().get(f.key()))))
				.toList();
			List<ScanSource.Scan> shown = evidence ? scans.stream().flatMap(s -> s.scans(record.id()).stream()).toList()
					: List.of();
			List<CitedLine.Step> history = evidence ? handbook.history(a.enterpriseId(), record.id())
				.stream()
				.map(v -> new CitedLine.Step(v.version(), v.level().name(), texts.text("handbook.change." + v.change()),
						v.actor(), v.at()))
				.toList() : List.of();
			lines.add(new CitedLine(++n, record.id(), texts.text(section.nameKey()), item.level().name(),
					record.level().name(), fields, shown, history));
		}
		return lines;
	}

}
