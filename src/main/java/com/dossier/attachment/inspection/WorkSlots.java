package com.dossier.attachment.inspection;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.dossier.attachment.pdf.PdfBudget;
import com.dossier.shared.DossierException;

import org.springframework.http.HttpStatus;

/**
 * How many of one kind of costly work run at once on this node, whether asked for by the
 * API or by the record form: as many as the node has cores. A few more wait briefly for a
 * slot; the rest, and those that waited in vain, get 429 with the kind's code at once, so
 * that a burst of uploads holds neither every core nor every request thread and pages
 * keep being served.
 */
public final class WorkSlots {

	private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** 图片自动调整: a core and up to ~64 MB of decoded pixels for a fraction of a second. */
	public static final WorkSlots CONVERSION = new WorkSlots("image.busy", CORES, 4 * CORES, Duration.ofSeconds(10));

	/**
	 * Inspecting an upload: a PDF may take its whole budget (PdfBudget) of time and
	 * memory.
	 */
	public static final WorkSlots INSPECTION = new WorkSlots("attachment.busy", CORES, 4 * CORES,
			Duration.ofSeconds(10));

	private final String busyCode;

	private final Semaphore slots;

	private final int maxWaiting;

	private final Duration maxWait;

	private final AtomicInteger waiting = new AtomicInteger();

	WorkSlots(String busyCode, int slots, int maxWaiting, Duration maxWait) {
		this.busyCode = busyCode;
		this.slots = new Semaphore(slots, true);
		this.maxWaiting = maxWaiting;
		this.maxWait = maxWait;
	}

	public <T> T run(Supplier<T> work) {
		acquire();
		try {
			return work.get();
		}
		finally {
			slots.release();
		}
	}

	/** How many wait for a slot now. */
	int waiting() {
		return waiting.get();
	}

	private void acquire() {
		if (slots.tryAcquire()) {
			return;
		}
		if (waiting.incrementAndGet() > maxWaiting) {
			waiting.decrementAndGet();
			throw busy();
		}
		try {
			if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	private DossierException busy() {
		return new DossierException(HttpStatus.TOO_MANY_REQUESTS, busyCode);
	}

}
