package com.dossier.attachment.record;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.dossier.attachment.inspection.WorkSlots;
import com.dossier.attachment.pdf.PdfPageImages;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.audit.AuditEvent;
import com.dossier.shared.DossierException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.verification.ScanPages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The clerk's viewer pages through a PDF scan as pictures drawn here
 * ({@link PdfPageImages}), under the same rule as the file itself
 * ({@link AttachmentAccess}) and audited like a download. A stored file never changes
 * (its bytes are addressed by their hash), so a drawn page is kept in a small cache,
 * bounded in bytes, for the next look; drawing takes a conversion slot, so a clerk paging
 * quickly cannot hold every core.
 */
@Component
class AttachmentScanPages implements ScanPages {

	/** About 30 drawn A4 pages of dense scans, 100 of typed text. */
	static final long CACHE_BYTES = 32L * 1024 * 1024;

	private final AttachmentRepository repository;

	private final BlobStore blobs;

	private final AttachmentAccess access;

	private final ApplicationEventPublisher events;

	private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);

	private long cached;

	AttachmentScanPages(AttachmentRepository repository, BlobStore blobs, AttachmentAccess access,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.blobs = blobs;
		this.access = access;
		this.events = events;
	}

	@Override
	public Optional<byte[]> png(long recordId, long scanId, int page) {
		Optional<Attachment> found = repository.find(scanId)
			.filter(a -> a.recordId() == recordId && a.isPdf() && access.mayRead(CurrentUser.require(), a));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Attachment a = found.get();
		String key = a.blob().sha256() + "#" + page;
		byte[] png = cached(key);
		if (png == null) {
			Optional<byte[]> pdf = blobs.get(a.blob());
			if (pdf.isEmpty()) {
				return Optional.empty();
			}
			try {
				png = WorkSlots.CONVERSION.run(() -> PdfPageImages.render(pdf.get(), page).png());
			}
			catch (IllegalArgumentException e) {
				return Optional.empty(); // no such page
			}
			catch (UncheckedIOException e) {
				throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "pdf.corrupt");
			}
			keep(key, png);
		}
		events.publishEvent(
				AuditEvent.of("attachment.download", "attachment:" + scanId, a.blob().sha256() + " page " + page)
					.forEnterprise(a.enterpriseId()));
		return Optional.of(png);
	}

	private synchronized byte[] cached(String key) {
		return cache.get(key);
	}

	private synchronized void keep(String key, byte[] png) {
		if (png.length > CACHE_BYTES / 4 || cache.containsKey(key)) {
			return;
		}
		cache.put(key, png);
		cached += png.length;
		var eldest = cache.entrySet().iterator();
		while (cached > CACHE_BYTES && eldest.hasNext()) {
			cached -= eldest.next().getValue().length;
			eldest.remove();
		}
	}

}
