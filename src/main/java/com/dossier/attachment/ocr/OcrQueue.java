package com.dossier.attachment.ocr;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.dossier.attachment.pdf.PdfPageImages;
import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The scan reading queue: an upload adds a row in its own transaction (a single insert:
 * the upload stays as fast as before), workers on any node take rows by
 * {@link OcrRepository#claim}, read each page within the page timeout and write the text
 * back. A node that dies leaves a RUNNING row whose claim grows stale and is taken over;
 * after {@code maxAttempts} a scan is FAILED. The same bytes read once are not read
 * again.
 */
@Service
public class OcrQueue {

	private static final Logger log = LoggerFactory.getLogger(OcrQueue.class);

	private static final int CANDIDATES = 5;

	private final OcrRepository repository;

	private final OcrEngine engine;

	private final BlobStore blobs;

	private final OcrProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	OcrQueue(OcrRepository repository, OcrEngine engine, BlobStore blobs, OcrProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.engine = engine;
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Called inside the upload's transaction; without a reader the row says so at once.
	 */
	public void enqueue(long attachmentId, BlobId blob, String contentType) {
		repository.insert(attachmentId, blob.sha256(), contentType,
				engine.available() ? OcrState.QUEUED : OcrState.UNAVAILABLE, clock.instant());
	}

	public Optional<OcrRow> find(long attachmentId) {
		return repository.find(attachmentId);
	}

	/**
	 * A revision's copy of a file has no row of its own: the original's reading serves.
	 */
	public Optional<OcrRow> findByContent(String sha256) {
		return repository.doneWithSameContent(sha256);
	}

	/** Rows marked UNAVAILABLE before the reader was installed go back to the queue. */
	public int requeueIfAvailable() {
		return engine.available() ? repository.requeueUnavailable() : 0;
	}

	/**
	 * Takes one row and reads it; false when there was nothing to take. Workers call it
	 * in a loop; tests call it directly.
	 */
	public boolean runOnce() {
		return runOnce(node);
	}

	boolean runOnce(String worker) {
		Instant now = clock.instant();
		Instant staleBefore = now.minus(properties.staleAfter());
		for (long id : repository.claimable(staleBefore, CANDIDATES)) {
			if (repository.claim(id, worker, now, staleBefore)) {
				repository.find(id).ifPresent(row -> read(row, worker));
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads this one row if it may be taken now: tests drive their own scan while the
	 * shared queue holds other tests' scans.
	 */
	boolean runOnce(long attachmentId, String worker) {
		Instant now = clock.instant();
		if (!repository.claim(attachmentId, worker, now, now.minus(properties.staleAfter()))) {
			return false;
		}
		repository.find(attachmentId).ifPresent(row -> read(row, worker));
		return true;
	}

	private void read(OcrRow row, String worker) {
		long started = System.nanoTime();
		if (!engine.available()) {
			repository.finish(row.attachmentId(), worker, OcrState.UNAVAILABLE, clock.instant(), null, null, null,
					null);
			return;
		}
		Optional<OcrRow> done = repository.doneWithSameContent(row.sha256());
		if (done.isPresent()) {
			repository.finish(row.attachmentId(), worker, OcrState.DONE, clock.instant(), done.get().pages(), 0L, null,
					done.get().text());
			return;
		}
		try {
			byte[] content = blobs.get(new BlobId(row.sha256())).orElseThrow(() -> new OcrException("ocr.no_blob"));
			List<String> pages = readPages(content, row.contentType());
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (repository.finish(row.attachmentId(), worker, OcrState.DONE, clock.instant(), pages.size(), millis,
					null, String.join(OcrRow.PAGE_BREAK, pages))) {
				audit(row, AuditEvent.Outcome.SUCCESS, pages.size() + " pages " + millis + " ms");
			}
		}
		catch (RuntimeException e) {
			// a node stopping interrupts its workers: not the scan's fault, so not its
			// last attempt
			boolean last = row.attempts() >= properties.maxAttempts() && !Thread.currentThread().isInterrupted();
			log.warn("OCR of attachment {} failed (attempt {}): {}", row.attachmentId(), row.attempts(),
					e.getMessage());
			if (repository.finish(row.attachmentId(), worker, last ? OcrState.FAILED : OcrState.QUEUED, clock.instant(),
					null, (System.nanoTime() - started) / 1_000_000, String.valueOf(e.getMessage()), null)) {
				audit(row, AuditEvent.Outcome.FAILURE, "attempt " + row.attempts() + " " + e.getMessage());
			}
		}
	}

	/** The reading is the system's action on the file, logged like the upload. */
	private void audit(OcrRow row, AuditEvent.Outcome outcome, String detail) {
		events.publishEvent(new AuditEvent("attachment.ocr", outcome, "attachment:" + row.attachmentId(), detail,
				"system", null, null));
	}

	/**
	 * A stored image as it is (inspection bounded its pixels); a PDF's first pages drawn
	 * one at a time at a fixed resolution within a pixel limit, so one page's picture is
	 * in memory at once.
	 */
	private List<String> readPages(byte[] content, String contentType) {
		if (!"application/pdf".equals(contentType)) {
			return List.of(text(content));
		}
		PdfPageImages.Rendered first = PdfPageImages.render(content, 1);
		List<String> pages = new ArrayList<>(List.of(text(first.png())));
		for (int page = 2; page <= Math.min(first.pages(), properties.maxPages()); page++) {
			pages.add(text(PdfPageImages.render(content, page).png()));
		}
		return pages;
	}

	private String text(byte[] picture) {
		return engine.read(picture, properties.pageTimeout()).replace(OcrRow.PAGE_BREAK, "");
	}

}
