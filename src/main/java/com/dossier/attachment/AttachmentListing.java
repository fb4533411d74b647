package com.dossier.attachment;

import java.util.List;
import java.util.Locale;

import com.dossier.handbook.RecordAttachments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The handbook's view of a record's files (its JSON and its form), with warnings in the request's language. */
@Component
class AttachmentListing implements RecordAttachments {

	private final AttachmentRepository repository;

	private final StoredFindings findings;

	AttachmentListing(AttachmentRepository repository, StoredFindings findings) {
		this.repository = repository;
		this.findings = findings;
	}

	@Override
	public List<Attached> of(long recordId) {
		Locale locale = LocaleContextHolder.getLocale();
		return repository.live(recordId)
			.stream()
			.map(a -> new Attached(a.id(), a.kind(), a.fileName(), a.size(), a.blob().sha256(),
					findings.warnings(a.warnings(), locale), findings.factsText(a.facts(), locale), a.contentType(),
					a.uploadedBy(), a.uploadedAt()))
			.toList();
	}
}
