package com.dossier.attachment.record;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordReadiness;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a record still lacks before it can be filed: every kind required for its values
 * (the section's required scans, and for a foreign-language proof its translation and the
 * translation firm's licence) with no file yet.
 */
@Component
public class AttachmentReadiness implements RecordReadiness {

	private final HandbookService handbook;

	private final AttachmentRepository repository;

	AttachmentReadiness(HandbookService handbook, AttachmentRepository repository) {
		this.handbook = handbook;
		this.repository = repository;
	}

	@Override
	public List<Missing> missing(HandbookRecord record) {
		return missingKinds(record).stream().map(AttachmentReadiness::missingOf).toList();
	}

	/** The kinds required for the record's values that have no live file yet. */
	public List<AttachmentKind> missingKinds(HandbookRecord record) {
		Set<String> present = repository.live(record.id()).stream().map(Attachment::kind).collect(Collectors.toSet());
		return handbook.definition(record)
			.attachmentKinds()
			.stream()
			.filter(k -> k.requiredFor(record.data()) && !present.contains(k.code()))
			.toList();
	}

	private static Missing missingOf(AttachmentKind kind) {
		return new Missing("attachment.missing",
				new DefaultMessageSourceResolvable(new String[] { kind.labelKey() }, kind.code()));
	}

}
