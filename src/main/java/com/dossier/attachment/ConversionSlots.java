package com.dossier.attachment;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.dossier.shared.DossierException;

import org.springframework.http.HttpStatus;

/**
 * Conversion costs a core and up to ~64 MB of decoded pixels for a fraction of a second, so only as many run at
 * once on a node as it has cores, whether asked for by the API or by a refused upload on the record form; the
 * rest wait briefly, then get 429 {@code image.busy}.
 */
final class ConversionSlots {

	private static final Semaphore SLOTS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	private static final long WAIT_SECONDS = 10;

	private ConversionSlots() {
	}

	static <T> T run(Supplier<T> conversion) {
		try {
			if (!SLOTS.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "image.busy");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "image.busy");
		}
		try {
			return conversion.get();
		}
		finally {
			SLOTS.release();
		}
	}
}
