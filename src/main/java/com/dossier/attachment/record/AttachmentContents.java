package com.dossier.attachment.record;

import com.dossier.attachment.storage.BlobStore;
import com.dossier.audit.AuditEvent;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Serving an attachment's bytes to whoever {@link AttachmentAccess} lets read it; anyone
 * else is told it does not exist. Every download is audited, for the enterprise whose
 * file it is.
 */
@Service
public class AttachmentContents {

	private final AttachmentRepository repository;

	private final BlobStore blobs;

	private final AttachmentAccess access;

	private final ApplicationEventPublisher events;

	AttachmentContents(AttachmentRepository repository, BlobStore blobs, AttachmentAccess access,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.blobs = blobs;
		this.access = access;
		this.events = events;
	}

	public record Content(Attachment attachment, byte[] bytes) {
	}

	public Content content(long id) {
		CurrentUser user = CurrentUser.require();
		Attachment a = repository.find(id)
			.filter(x -> access.mayRead(user, x))
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
		byte[] bytes = blobs.get(a.blob()).orElseThrow(() -> new NotFoundException("attachment.not_found"));
		events.publishEvent(AuditEvent.of("attachment.download", "attachment:" + id, a.blob().sha256())
			.forEnterprise(a.enterpriseId()));
		return new Content(a, bytes);
	}

}
