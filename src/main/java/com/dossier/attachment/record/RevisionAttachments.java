package com.dossier.attachment.record;

import java.time.Clock;

import com.dossier.audit.AuditEvent;
import com.dossier.handbook.ChangeKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordChanged;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Files follow 变更: a revision draft starts with the files of the record it revises (the
 * user changes only what changed), and once the revision is verified its files replace
 * the record's — the replaced ones stay as deleted rows, so the history still shows them.
 * Runs inside the handbook's transaction.
 */
@Component
class RevisionAttachments {

	private final AttachmentRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RevisionAttachments(AttachmentRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(RecordChanged changed) {
		HandbookRecord record = changed.record();
		if (record.revisionOf() == null) {
			return;
		}
		if (changed.change() == ChangeKind.REVISION_OPENED) {
			int copied = repository.copyLive(record.revisionOf(), record.id());
			audit("attachment.revision_copy", record.revisionOf(), record.id(), copied, record.enterpriseId());
		}
		else if (changed.change() == ChangeKind.MERGED) {
			String actor = CurrentUser.find().map(CurrentUser::username).orElse("system");
			repository.markAllDeleted(record.revisionOf(), actor, clock.instant());
			int copied = repository.copyLive(record.id(), record.revisionOf());
			audit("attachment.revision_merge", record.id(), record.revisionOf(), copied, record.enterpriseId());
		}
	}

	private void audit(String action, long from, long to, int files, long enterpriseId) {
		events.publishEvent(
				AuditEvent.of(action, "record:" + to, files + " from record:" + from).forEnterprise(enterpriseId));
	}

}
