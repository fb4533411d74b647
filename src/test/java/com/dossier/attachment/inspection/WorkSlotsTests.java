package com.dossier.attachment.inspection;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.dossier.shared.DossierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A burst gets a slot, a short wait or a 429 at once; it never piles up request threads.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkSlotsTests {

	@Test
	void beyondTheSlotsAFewWaitAndTheRestAreRefusedAtOnce() throws Exception {
		WorkSlots slots = new WorkSlots("attachment.busy", 1, 1, Duration.ofSeconds(20));
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<String> first = pool.submit(() -> slots.run(() -> {
				running.countDown();
				await(release);
				return "first";
			}));
			running.await();
			Future<String> waiting = pool.submit(() -> slots.run(() -> "waited"));
			while (slots.waiting() != 1) {
				Thread.sleep(10);
			}

			DossierException refused = catchThrowableOfType(DossierException.class, () -> slots.run(() -> "third"));
			release.countDown();

			assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(refused.code()).isEqualTo("attachment.busy");
			assertThat(first.get()).isEqualTo("first");
			assertThat(waiting.get()).isEqualTo("waited");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWaitThatOutlastsItsBoundIsRefused() throws Exception {
		WorkSlots slots = new WorkSlots("image.busy", 1, 4, Duration.ofMillis(50));
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			pool.submit(() -> slots.run(() -> {
				running.countDown();
				await(release);
				return null;
			}));
			running.await();

			assertThat(catchThrowableOfType(DossierException.class, () -> slots.run(() -> "late")).code())
				.isEqualTo("image.busy");
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(slots.run(() -> "free again")).isEqualTo("free again");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
