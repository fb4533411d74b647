package com.dossier.attachment.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.dossier.attachment.ocr.OcrReport;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.SectionDefinition;
import com.dossier.verification.ScanSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The clerk's view of a record's scans: each live file with its kind's label, the
 * inspections made when it was uploaded (dpi, size, pages, audit-report checks), so the
 * clerk sees what the enterprise was told, and the scan pre-check (which entered values
 * the recognised text shows).
 */
@Component
class AttachmentScans implements ScanSource {

	private final AttachmentRepository repository;

	private final StoredFindings findings;

	private final RecordLifecycle records;

	private final HandbookService handbook;

	private final MessageSource messages;

	private final AttachmentOcr ocr;

	AttachmentScans(AttachmentRepository repository, StoredFindings findings, RecordLifecycle records,
			HandbookService handbook, MessageSource messages, AttachmentOcr ocr) {
		this.repository = repository;
		this.findings = findings;
		this.records = records;
		this.handbook = handbook;
		this.messages = messages;
		this.ocr = ocr;
	}

	@Override
	public List<Scan> scans(long recordId) {
		List<Attachment> files = repository.live(recordId);
		if (files.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Optional<HandbookRecord> record = record(files.get(0).enterpriseId(), recordId);
		Optional<SectionDefinition> section = record.map(handbook::definition);
		List<AttachmentKind> kinds = section.map(SectionDefinition::attachmentKinds).orElse(List.of());
		return files.stream()
			.map(a -> new Scan(a.id(), label(kinds, a.kind(), locale), a.fileName(), a.isPdf(),
					a.isPdf() ? findings.pages(a.facts()) : 0, notes(a, locale),
					record.flatMap(r -> ocr.report(a, r, section.get())).map(o -> check(o, locale)).orElse(null)))
			.toList();
	}

	@Override
	public List<String> hints(long recordId) {
		List<Attachment> files = repository.live(recordId);
		if (files.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Optional<HandbookRecord> record = record(files.get(0).enterpriseId(), recordId);
		if (record.isEmpty()) {
			return List.of();
		}
		SectionDefinition section = handbook.definition(record.get());
		return files.stream()
			.flatMap(a -> ocr.report(a, record.get(), section).stream())
			.flatMap(o -> o.missing().stream())
			.map(m -> messages.getMessage("ocr.hint.missing", new Object[] { m.label(), m.value() }, locale))
			.distinct()
			.toList();
	}

	private Optional<HandbookRecord> record(long enterpriseId, long recordId) {
		return records.find(enterpriseId, List.of(recordId)).stream().findFirst();
	}

	private Check check(OcrReport report, Locale locale) {
		return new Check(report.status(), messages.getMessage("ocr.status." + report.status(), null, locale),
				report.matches().stream().map(m -> new Value(m.label(), m.value(), m.found())).toList(), report.text());
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
