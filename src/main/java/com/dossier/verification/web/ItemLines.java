package com.dossier.verification.web;

import java.util.List;
import java.util.stream.IntStream;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.RejectionReasons;
import com.dossier.handbook.SectionTexts;
import com.dossier.verification.ScanSource;
import com.dossier.verification.VerificationApplication;
import com.dossier.verification.VerificationApplication.Status;

import org.springframework.stereotype.Component;

/**
 * Each item of an application as people read it: the section, its fields and the decision
 * (see {@link ItemLine}).
 */
@Component
class ItemLines {

	private static final int KEY_FIELDS = 3;

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final List<ScanSource> scans;

	private final RejectionReasons reasons;

	ItemLines(HandbookService handbook, SectionTexts texts, List<ScanSource> scans, RejectionReasons reasons) {
		this.handbook = handbook;
		this.texts = texts;
		this.scans = scans;
		this.reasons = reasons;
	}

	List<ItemLine> of(VerificationApplication a) {
		List<VerificationApplication.Item> items = a.items();
		return IntStream.range(0, items.size()).mapToObj(i -> {
			VerificationApplication.Item item = items.get(i);
			HandbookRecord record = handbook.own(a.enterpriseId(), item.recordId());
			SectionDefinition section = handbook.definition(record);
			List<FieldDef> keys = (section.columns().isEmpty() ? section.fields() : section.columnFields()).stream()
				.filter(f -> !f.isFixed())
				.limit(KEY_FIELDS)
				.toList();
			int scanCount = scans.stream().mapToInt(s -> s.scans(item.recordId()).size()).sum();
			// an item nobody decided because its application was withdrawn is not waiting
			// for anyone
			String state = item.decided() ? item.decision().name()
					: a.status() == Status.WITHDRAWN ? "withdrawn" : "none";
			return new ItemLine(i + 1, item.recordId(), texts.text(section.nameKey()), fields(keys, record),
					allFields(section, record), state, texts.text("verification.decision." + state),
					reasons.shown(item.reason()), scanCount);
		}).toList();
	}

	/**
	 * Every field of the record with its label, for the clerk's item view and the printed
	 * form.
	 */
	List<ItemLine.Field> allFields(SectionDefinition section, HandbookRecord record) {
		return fields(section.fields(), record);
	}

	private List<ItemLine.Field> fields(List<FieldDef> defs, HandbookRecord record) {
		return defs.stream()
			.map(f -> new ItemLine.Field(texts.text(f.labelKey()), texts.display(f, record.data().get(f.key()))))
			.toList();
	}

}
