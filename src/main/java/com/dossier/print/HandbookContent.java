package com.dossier.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.DossierException;
import com.dossier.shared.Page;
import com.dossier.shared.print.PaperSeal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a printed handbook holds: the chosen sections (all visible ones when none is
 * chosen) with every record, read a page at a time, and the digest its QR code signs. The
 * digest covers the data, not the words, so a copy printed in English and one in Chinese
 * of the same handbook carry the same digest.
 */
@Component
class HandbookContent {

	private static final int PAGE = 500;

	private final HandbookService handbook;

	private final SectionTexts texts;

	private final ObjectProvider<RecordAttachments> attachments;

	HandbookContent(HandbookService handbook, SectionTexts texts, ObjectProvider<RecordAttachments> attachments) {
		this.handbook = handbook;
		this.texts = texts;
		this.attachments = attachments;
	}

	record Content(List<HandbookPaper.Section> sections, String digest) {
	}

	/** The sections asked for, in the handbook's order; an unknown code is refused. */
	List<SectionDefinition> chosen(long enterpriseId, List<String> codes) {
		List<SectionDefinition> all = handbook.sections(enterpriseId);
		if (codes.isEmpty()) {
			return all;
		}
		for (String code : codes) {
			if (all.stream().noneMatch(s -> s.code().equals(code))) {
				throw new DossierException(HttpStatus.BAD_REQUEST, "print.section_unknown", code);
			}
		}
		return all.stream().filter(s -> codes.contains(s.code())).toList();
	}

	Content of(long enterpriseId, List<SectionDefinition> sections) {
		List<String> digest = new ArrayList<>(List.of("handbook", Long.toString(enterpriseId)));
		List<HandbookPaper.Section> out = new ArrayList<>();
		for (SectionDefinition section : sections) {
			digest.add("section " + section.code());
			List<HandbookPaper.Row> rows = new ArrayList<>();
			for (int p = 0;; p++) {
				Page<HandbookRecord> page = handbook.page(enterpriseId, section.code(), p, PAGE);
				Map<Long, List<RecordAttachments.Attached>> files = files(page.items());
				for (HandbookRecord r : page.items()) {
					List<RecordAttachments.Attached> attached = files.getOrDefault(r.id(), List.of());
					rows.add(row(rows.size() + 1, section, r, attached));
					digest.add(r.id() + " v" + r.version() + " " + r.level() + "/" + r.status());
					section.fields().forEach(f -> digest.add(f.key() + "=" + r.data().getOrDefault(f.key(), "")));
					attached.forEach(a -> digest.add("file " + a.kind() + " " + a.sha256()));
				}
				if (!page.hasNext()) {
					break;
				}
			}
			out.add(new HandbookPaper.Section(section.code(), texts.text(section.nameKey()), rows));
		}
		return new Content(out, PaperSeal.digest(digest));
	}

	private Map<Long, List<RecordAttachments.Attached>> files(List<HandbookRecord> records) {
		RecordAttachments source = attachments.getIfAvailable();
		return source == null || records.isEmpty() ? Map.of()
				: source.of(records.stream().map(HandbookRecord::id).toList());
	}

	private HandbookPaper.Row row(int index, SectionDefinition section, HandbookRecord r,
			List<RecordAttachments.Attached> attached) {
		List<HandbookPaper.Field> fields = new ArrayList<>();
		for (FieldDef f : section.fields()) {
			String value = texts.display(f, r.data().get(f.key()));
			if (!value.isBlank()) {
				fields.add(new HandbookPaper.Field(texts.text(f.labelKey()), value));
			}
		}
		List<String> files = attached.stream()
			.map(a -> texts.text("handbook.attachment." + a.kind()) + " · " + a.fileName())
			.toList();
		return new HandbookPaper.Row(index, r.id(), texts.text("handbook.level." + r.level()),
				texts.text("handbook.status." + r.status()), fields, files);
	}

}
