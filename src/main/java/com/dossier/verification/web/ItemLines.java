package com.dossier.verification.web;

import java.util.List;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.verification.ScanSource;
import com.dossier.verification.VerificationApplication;

import org.springframework.stereotype.Component;

/** Each item of an application as people read it: the section, its key fields and the decision. */
@Component
class ItemLines {

	/** A label and a display value. */
	record Field(String label, String value) {
	}

	/** One item with its record's key fields and how many scans the clerk will compare with the originals. */
	record Line(int index, VerificationApplication.Item item, String sectionName, List<Field> keyFields,
			int scanCount) {

		public String summary() {
			return String.join("；", keyFields.stream().map(f -> f.label() + "：" + f.value()).toList());
		}
	}

	private static final int KEY_FIELDS = 3;

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final List<ScanSource> scans;

	ItemLines(HandbookService handbook, SectionTexts texts, List<ScanSource> scans) {
		this.handbook = handbook;
		this.texts = texts;
		this.scans = scans;
	}

	List<Line> of(VerificationApplication a) {
		List<VerificationApplication.Item> items = a.items();
		return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> {
			VerificationApplication.Item item = items.get(i);
			HandbookRecord record = handbook.own(a.enterpriseId(), item.recordId());
			SectionDefinition section = handbook.definition(record);
			List<FieldDef> keys = (section.columns().isEmpty() ? section.fields() : section.columnFields()).stream()
				.filter(f -> !f.isFixed())
				.limit(KEY_FIELDS)
				.toList();
			int scanCount = scans.stream().mapToInt(s -> s.scans(item.recordId()).size()).sum();
			return new Line(i + 1, item, texts.text(section.nameKey()), fields(keys, record), scanCount);
		}).toList();
	}

	/** Every field of the record with its label, for the clerk's item view. */
	List<Field> allFields(SectionDefinition section, HandbookRecord record) {
		return fields(section.fields(), record);
	}

	private List<Field> fields(List<FieldDef> defs, HandbookRecord record) {
		return defs.stream()
			.map(f -> new Field(texts.text(f.labelKey()), texts.display(f, record.data().get(f.key()))))
			.toList();
	}
}
