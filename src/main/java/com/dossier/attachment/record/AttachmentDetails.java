package com.dossier.attachment.record;

import java.util.List;
import java.util.Optional;

import com.dossier.attachment.ocr.OcrReport;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * One attachment as its JSON shows it, to whoever {@link AttachmentAccess} lets read it
 * (anyone else is told it does not exist), with its scan pre-check.
 */
@Service
public class AttachmentDetails {

	private final AttachmentRepository repository;

	private final AttachmentAccess access;

	private final RecordLifecycle records;

	private final HandbookService handbook;

	private final AttachmentOcr ocr;

	AttachmentDetails(AttachmentRepository repository, AttachmentAccess access, RecordLifecycle records,
			HandbookService handbook, AttachmentOcr ocr) {
		this.repository = repository;
		this.access = access;
		this.records = records;
		this.handbook = handbook;
		this.ocr = ocr;
	}

	public Attachment get(long id) {
		CurrentUser user = CurrentUser.require();
		return repository.find(id)
			.filter(a -> access.mayRead(user, a))
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
	}

	/** The pre-check of a file the caller may read; empty for a file that is not read. */
	public Optional<OcrReport> ocr(Attachment a) {
		Optional<HandbookRecord> record = records.find(a.enterpriseId(), List.of(a.recordId())).stream().findFirst();
		return record.flatMap(r -> ocr.report(a, r, handbook.definition(r)));
	}

}
