package com.dossier.attachment.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.verification.ScanSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The clerk's view of a record's scans: each live file with its kind's label and the
 * inspections made when it was uploaded (dpi, size, pages, audit-report checks), so the
 * clerk sees what the enterprise was told.
 */
@Component
class AttachmentScans implements ScanSource {

	private final AttachmentRepository repository;

	private final StoredFindings findings;

	private final RecordLifecycle records;

	private final HandbookService handbook;

	private final MessageSource messages;

	AttachmentScans(AttachmentRepository repository, StoredFindings findings, RecordLifecycle records,
			HandbookService handbook, MessageSource messages) {
		this.repository = repository;
		this.findings = findings;
		this.records = records;
		this.handbook = handbook;
		this.messages = messages;
	}

	@Override
	public List<Scan> scans(long recordId) {
		List<Attachment> files = repository.live(recordId);
		if (files.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<AttachmentKind> kinds = records.find(files.get(0).enterpriseId(), List.of(recordId))
			.stream()
			.findFirst()
			.map(record -> handbook.definition(record).attachmentKinds())
			.orElse(List.of());
		return files.stream()
			.map(a -> new Scan(a.id(), label(kinds, a.kind(), locale), a.fileName(), a.isPdf(),
					a.isPdf() ? findings.pages(a.facts()) : 0, notes(a, locale)))
			.toList();
	}

	private List<String> notes(Attachment a, Locale locale) {
		List<String> notes = new ArrayList<>();
		String facts = findings.factsText(a.facts(), locale);
		if (facts != null && !facts.isBlank()) {
			notes.add(facts);
		}
		notes.addAll(findings.warnings(a.warnings(), locale).stream().map(w -> w.message()).toList());
		return notes;
	}

	private String label(List<AttachmentKind> kinds, String code, Locale locale) {
		return kinds.stream()
			.filter(k -> k.code().equals(code))
			.findFirst()
			.map(k -> messages.getMessage(k.labelKey(), null, code, locale))
			.orElse(code);
	}

}
