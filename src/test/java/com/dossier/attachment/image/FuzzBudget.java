package com.dossier.attachment.image;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.dossier.support.FuzzRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JPEG fuzz run may spend. Its tries: a fixed seed and 600 by default, so that
 * CI runs the same inputs every time and a failure reproduces, changed from the command
 * line for a longer or different search
 * ({@code mvn test -Dtest=JpegFuzzTests -Ddossier.fuzz.seed=7 -Ddossier.fuzz.tries=20000},
 * or {@code -Ddossier.fuzz.try=N} for try N alone). And one call's time and allocation,
 * beyond which the try fails.
 */
final class FuzzBudget {

	static final int TRIES = 600;

	/**
	 * Far above what a 300 KB file needs to be judged (a decode of at most 0.6 MP), far
	 * below a heap.
	 */
	static final long MAX_ALLOCATED_BYTES = 96L * 1024 * 1024;

	static final long TIMEOUT_SECONDS = 5;

	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "jpeg-fuzz");
		t.setDaemon(true);
		return t;
	});

	private FuzzBudget() {
	}

	static FuzzRun run() {
		return FuzzRun.configured("dossier.fuzz", TRIES);
	}

	/**
	 * Runs one call on the worker thread: within the timeout and the allocation bound, or
	 * the try fails.
	 */
	static <T> T guarded(byte[] input, Callable<T> task) {
		Future<T> future = WORKER.submit(() -> {
			com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
				.getThreadMXBean();
			long before = threads.getCurrentThreadAllocatedBytes();
			T result = task.call();
			long allocated = threads.getCurrentThreadAllocatedBytes() - before;
			assertThat(allocated).as("bytes allocated for " + JpegFuzzTests.describe(input))
				.isLessThan(MAX_ALLOCATED_BYTES);
			return result;
		});
		try {
			return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException e) {
			future.cancel(true);
			throw new AssertionError("No verdict within " + TIMEOUT_SECONDS + " s for " + JpegFuzzTests.describe(input),
					e);
		}
		catch (ExecutionException e) {
			throw new AssertionError("Not a refusal for " + JpegFuzzTests.describe(input), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
