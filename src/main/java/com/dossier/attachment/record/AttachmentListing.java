package com.dossier.attachment.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.dossier.handbook.RecordAttachments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The handbook's view of a record's files (its JSON and its form), with warnings in the
 * request's language.
 */
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
		return repository.live(recordId).stream().map(a -> attached(a, locale)).toList();
	}

	@Override
	public Map<Long, List<Attached>> of(Collection<Long> recordIds) {
		Locale locale = LocaleContextHolder.getLocale();
		return repository.live(recordIds)
			.stream()
			.collect(Collectors.groupingBy(Attachment::recordId,
					Collectors.mapping(a -> attached(a, locale), Collectors.toList())));
	}

	private Attached attached(Attachment a, Locale locale) {
		return new Attached(a.id(), a.kind(), a.fileName(), a.size(), a.blob().sha256(),
				findings.warnings(a.warnings(), locale), findings.factsText(a.facts(), locale), a.contentType(),
				a.uploadedBy(), a.uploadedAt());
	}

	@Override
	public List<Change> changes(long recordId) {
		List<Change> changes = new ArrayList<>();
		for (Attachment a : repository.all(recordId)) {
			changes.add(new Change(a.kind(), a.fileName(), false, a.uploadedBy(), a.uploadedAt()));
			if (a.deleted()) {
				changes.add(new Change(a.kind(), a.fileName(), true, a.deletedBy(), a.deletedAt()));
			}
		}
		changes.sort(Comparator.comparing(Change::at));
		return changes;
	}

}
