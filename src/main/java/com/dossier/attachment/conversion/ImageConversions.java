package com.dossier.attachment.conversion;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Inspection;
import com.dossier.attachment.inspection.Notice;
import com.dossier.attachment.inspection.WorkSlots;
import com.dossier.attachment.record.Attachment;
import com.dossier.attachment.record.AttachmentUploads;
import com.dossier.attachment.record.FileNames;
import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.audit.AuditEvent;
import com.dossier.shared.DossierException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 图片自动调整 on the record form: a refused scan that conversion can fix becomes a converted
 * JPEG waiting for the user (kept in the blob store, named by a conversion row, never in
 * this node's memory), attached only once they accept it — and judged again then, like
 * any upload.
 */
@Service
public class ImageConversions {

	/**
	 * Refusals that 图片自动调整 can fix; corrupt or truncated files and decompression bombs it
	 * cannot.
	 */
	static final Set<String> CONVERTIBLE = Set.of("image.not_jpeg", "image.too_large", "image.dpi_missing",
			"image.dpi_out_of_range", "image.dimensions_too_large");

	private final AttachmentUploads uploads;

	private final ConversionRepository repository;

	private final BlobStore blobs;

	private final ImageInspector images;

	private final ImageConformer conformer;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	ImageConversions(AttachmentUploads uploads, ConversionRepository repository, BlobStore blobs, ImageInspector images,
			ImageConformer conformer, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.uploads = uploads;
		this.repository = repository;
		this.blobs = blobs;
		this.images = images;
		this.conformer = conformer;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * A page upload: attached, or refused with the conversion offered when 图片自动调整 can fix
	 * it.
	 */
	public record Outcome(Attachment attached, AttachmentRefusedException refusal, Long conversionId) {
	}

	/**
	 * Like {@link AttachmentUploads#upload}, but a fixable IMAGE refusal comes back with
	 * a converted JPEG waiting for the user's acceptance instead of as an exception.
	 * {@code paper} is the user's choice of the physical size for a source that records
	 * no usable resolution (null: A4).
	 */
	public Outcome uploadOrOffer(long recordId, String kindCode, String originalName, byte[] content, Paper paper) {
		AttachmentUploads.Attempt attempt = uploads.attempt(recordId, kindCode, originalName, content);
		if (attempt.attached() != null) {
			return new Outcome(attempt.attached(), null, null);
		}
		Notice refusal = attempt.refusal();
		Long conversion = attempt.image() && CONVERTIBLE.contains(refusal.code())
				? offer(recordId, attempt.enterpriseId(), kindCode, originalName, content, refusal.code(), paper)
				: null;
		return new Outcome(null, new AttachmentRefusedException(refusal), conversion);
	}

	private Long offer(long recordId, long enterpriseId, String kind, String originalName, byte[] content,
			String refusalCode, Paper paper) {
		ConformedImage converted;
		try {
			converted = WorkSlots.CONVERSION.run(() -> conformer.conform(content, paper));
		}
		catch (DossierException e) {
			return null; // cannot be converted, or too busy now: the refusal alone is
							// shown
		}
		String name = FileNames.forType(originalName, "image/jpeg", kind);
		CurrentUser user = CurrentUser.require();
		return tx.execute(s -> {
			BlobId blob = blobs.put(converted.jpeg());
			long id = repository.insert(recordId, enterpriseId, kind, blob, name, refusalCode, user.username(),
					clock.instant());
			events.publishEvent(AuditEvent.of("attachment.convert", "record:" + recordId,
					kind + " " + refusalCode + " -> " + blob.sha256()));
			return id;
		});
	}

	/** The converted image the user was shown, attached now that they accept it. */
	public Attachment accept(long conversionId) {
		ConversionRepository.Conversion c = conversion(conversionId);
		byte[] content = blobs.get(c.blob()).orElseThrow(() -> new NotFoundException("attachment.not_found"));
		Attachment stored = uploads.attachConverted(c.recordId(), c.kind(), c.fileName(), content);
		repository.delete(conversionId);
		return stored;
	}

	/**
	 * The pending conversion's facts and bytes for its preview; only for the enterprise
	 * that asked for it.
	 */
	public Preview preview(long conversionId) {
		ConversionRepository.Conversion c = conversion(conversionId);
		byte[] content = blobs.get(c.blob()).orElseThrow(() -> new NotFoundException("attachment.not_found"));
		Inspection<ImageFacts> inspection = images.inspect(content);
		return new Preview(c.id(), c.recordId(), c.kind(), c.fileName(), content, inspection.facts(),
				inspection.warnings(), c.refusalCode());
	}

	public record Preview(long id, long recordId, String kind, String fileName, byte[] content, ImageFacts facts,
			List<Notice> warnings, String refusalCode) {
	}

	/**
	 * The user declined the converted image: it goes, and so do its bytes unless
	 * something else names them.
	 */
	public void discard(long conversionId) {
		ConversionRepository.Conversion c = conversion(conversionId);
		tx.executeWithoutResult(s -> {
			repository.delete(c.id());
			if (!repository.referenced(c.blob())) {
				blobs.delete(c.blob());
			}
		});
	}

	private ConversionRepository.Conversion conversion(long id) {
		long enterprise = CurrentUser.require().requireEnterpriseId();
		return repository.find(id)
			.filter(c -> c.enterpriseId() == enterprise)
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
	}

}
