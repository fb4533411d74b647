package com.dossier.attachment.record;

import java.time.Clock;
import java.util.List;

import com.dossier.attachment.ScanUploads;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.attachment.inspection.WorkSlots;
import com.dossier.attachment.ocr.OcrQueue;
import com.dossier.attachment.pdf.PdfFacts;
import com.dossier.attachment.pdf.PdfInspector;
import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.audit.AuditEvent;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.AttachmentPolicy;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.DossierException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attaching files to handbook records: only to a saved, editable record of the caller's
 * enterprise, only of a kind its section asks for, judged by that kind's policy. A
 * refused file stores nothing, but its refusal is audited — outside any transaction, so
 * that the refusal's rollback cannot take the audit entry with it. 图片自动调整 (conversion)
 * builds on {@link #attempt} and {@link #attachConverted}.
 */
@Service
public class AttachmentUploads implements ScanUploads {

	/**
	 * Per record and per kind: enough for any proof in the guide, few enough that a
	 * record stays reviewable.
	 */
	public static final int MAX_PER_RECORD = 20;

	public static final int MAX_PER_KIND = 5;

	static final String AUDIT_REPORT = "audit-report";

	private final RecordLifecycle lifecycle;

	private final HandbookService handbook;

	private final EnterpriseService enterprises;

	private final AttachmentRepository repository;

	private final BlobStore blobs;

	private final ImageInspector images;

	private final PdfInspector pdfs;

	private final StoredFindings findings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final OcrQueue ocr;

	AttachmentUploads(RecordLifecycle lifecycle, HandbookService handbook, EnterpriseService enterprises,
			AttachmentRepository repository, BlobStore blobs, ImageInspector images, PdfInspector pdfs,
			StoredFindings findings, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, OcrQueue ocr) {
		this.lifecycle = lifecycle;
		this.handbook = handbook;
		this.enterprises = enterprises;
		this.repository = repository;
		this.blobs = blobs;
		this.images = images;
		this.pdfs = pdfs;
		this.findings = findings;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.ocr = ocr;
	}

	/**
	 * An upload tried: attached, or refused (audited, nothing stored). {@code image} says
	 * the kind's policy is IMAGE, whose refusals 图片自动调整 may fix; {@code enterpriseId}
	 * owns the record.
	 */
	public record Attempt(Attachment attached, Notice refusal, boolean image, long enterpriseId) {
	}

	/**
	 * Inspects and stores the file, or throws: 404/409 for the record, 422 for the kind,
	 * a limit or the file. What is stored is what inspection passed — a JPEG without its
	 * metadata segments and trailing bytes — under the uploader's cleaned base name with
	 * the extension of that type, so that every list, history entry, audit line and
	 * download shows the one name a browser will save it under.
	 */
	@Override
	public long attach(long recordId, String kindCode, String fileName, byte[] content) {
		return upload(recordId, kindCode, fileName, content).id();
	}

	public Attachment upload(long recordId, String kindCode, String originalName, byte[] content) {
		Attempt attempt = attempt(recordId, kindCode, originalName, content);
		if (attempt.refusal() != null) {
			throw new AttachmentRefusedException(attempt.refusal());
		}
		return attempt.attached();
	}

	/**
	 * Like {@link #upload}, but a refusal of the file comes back as a value (record and
	 * kind errors still throw).
	 */
	public Attempt attempt(long recordId, String kindCode, String originalName, byte[] content) {
		Target target = target(recordId, kindCode);
		Inspected inspected = inspect(target, content);
		boolean image = target.kind().policy() == AttachmentPolicy.IMAGE;
		if (inspected.refusal() != null) {
			auditRefused(target, inspected.refusal().code());
			return new Attempt(null, inspected.refusal(), image, target.record().enterpriseId());
		}
		String name = FileNames.forType(originalName, inspected.contentType(), target.kind().code());
		return new Attempt(store(target, name, inspected), null, image, target.record().enterpriseId());
	}

	/**
	 * A converted image the user accepted: judged again like any upload, stored under the
	 * name they were shown.
	 */
	public Attachment attachConverted(long recordId, String kindCode, String fileName, byte[] content) {
		Target target = target(recordId, kindCode);
		Inspected inspected = inspect(target, content);
		if (inspected.refusal() != null) {
			throw new AttachmentRefusedException(inspected.refusal());
		}
		return store(target, fileName, inspected);
	}

	/**
	 * Soft delete by the owning enterprise while the record is editable; the row stays
	 * for history.
	 */
	public Attachment delete(long id) {
		CurrentUser.check(Permission.EDIT);
		long enterprise = CurrentUser.require().requireEnterpriseId();
		Attachment a = repository.find(id)
			.filter(x -> x.enterpriseId() == enterprise && !x.deleted())
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
		tx.executeWithoutResult(s -> {
			lifecycle.lockEditable(enterprise, a.recordId());
			repository.markDeleted(id, CurrentUser.require().username(), clock.instant());
			events.publishEvent(AuditEvent.of("attachment.delete", "record:" + a.recordId(),
					"attachment:" + id + " " + a.kind() + " " + a.fileName()));
		});
		return a;
	}

	public List<Attachment> live(long recordId) {
		return repository.live(recordId);
	}

	private record Target(HandbookRecord record, AttachmentKind kind) {
	}

	/**
	 * A verdict, and for an accepted file the bytes to store (a JPEG cleaned of
	 * everything but image data).
	 */
	private record Inspected(Notice refusal, byte[] content, String contentType, String facts, List<Notice> warnings) {
	}

	private Target target(long recordId, String kindCode) {
		CurrentUser.check(Permission.EDIT);
		long enterprise = CurrentUser.require().requireEnterpriseId();
		HandbookRecord record = lifecycle.requireEditable(enterprise, recordId);
		AttachmentKind kind = handbook.definition(record)
			.attachmentKinds()
			.stream()
			.filter(k -> k.code().equals(kindCode))
			.findFirst()
			.orElseThrow(() -> new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "attachment.unknown_kind",
					String.valueOf(kindCode)));
		requireRoom(recordId, kindCode);
		return new Target(record, kind);
	}

	private void requireRoom(long recordId, String kindCode) {
		List<Attachment> live = repository.live(recordId);
		if (live.size() >= MAX_PER_RECORD) {
			throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "attachment.too_many", MAX_PER_RECORD);
		}
		if (live.stream().filter(a -> a.kind().equals(kindCode)).count() >= MAX_PER_KIND) {
			throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "attachment.kind_full", MAX_PER_KIND);
		}
	}

	/**
	 * Within the node's inspection slots: a burst of uploads waits briefly, then is
	 * refused 429.
	 */
	private Inspected inspect(Target target, byte[] content) {
		return WorkSlots.INSPECTION.run(() -> inspectNow(target, content));
	}

	private Inspected inspectNow(Target target, byte[] content) {
		if (target.kind().policy() == AttachmentPolicy.IMAGE) {
			ImageInspector.Stored stored = images.inspectForStorage(content);
			Inspection<ImageFacts> i = stored.inspection();
			return i.isAccepted()
					? new Inspected(null, stored.content(), "image/jpeg", StoredFindings.facts(i.facts()), i.warnings())
					: new Inspected(i.refusal(), null, null, null, List.of());
		}
		Inspection<PdfFacts> i = AUDIT_REPORT.equals(target.kind().code())
				? pdfs.inspectAuditReport(content, enterpriseName(target.record().enterpriseId()))
				: pdfs.inspect(content);
		return i.isAccepted()
				? new Inspected(null, content, "application/pdf", StoredFindings.facts(i.facts()), i.warnings())
				: new Inspected(i.refusal(), null, null, null, List.of());
	}

	private String enterpriseName(long enterpriseId) {
		return enterprises.find(enterpriseId).map(Enterprise::name).orElse("");
	}

	private Attachment store(Target target, String fileName, Inspected inspected) {
		CurrentUser user = CurrentUser.require();
		byte[] content = inspected.content();
		return tx.execute(s -> {
			// checked again under the record's lock: the record may have been filed, or
			// filled, since inspection began
			lifecycle.lockEditable(target.record().enterpriseId(), target.record().id());
			requireRoom(target.record().id(), target.kind().code());
			BlobId blob = blobs.put(content);
			Attachment a = new Attachment(0, target.record().id(), target.record().enterpriseId(), target.kind().code(),
					blob, fileName, content.length, inspected.contentType(), inspected.facts(),
					findings.warnings(inspected.warnings()), user.username(), clock.instant(), null, null);
			long id = repository.insert(a);
			if (AttachmentOcr.wanted(a.contentType(), a.warnings())) {
				// read later by a worker: the upload only queues it
				ocr.enqueue(id, blob, a.contentType());
			}
			events.publishEvent(AuditEvent.of("attachment.upload", "record:" + a.recordId(),
					"attachment:" + id + " " + a.kind() + " " + blob.sha256() + " " + fileName));
			return repository.find(id).orElseThrow();
		});
	}

	private void auditRefused(Target target, String code) {
		events.publishEvent(AuditEvent.failed("attachment.upload", "record:" + target.record().id(),
				target.kind().code() + " " + code));
	}

}
