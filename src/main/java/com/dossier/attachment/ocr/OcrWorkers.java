package com.dossier.attachment.ocr;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's reading threads ({@code dossier.ocr.workers}, none when 0): each looks at
 * the queue every poll interval and reads until it is empty. The threads are the bound on
 * the cores OCR takes from the pages; stopping the node interrupts them, which kills the
 * page being read, and its row is taken over once stale.
 */
@Component
class OcrWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OcrWorkers.class);

	private final OcrQueue queue;

	private final OcrProperties properties;

	private volatile ScheduledExecutorService threads;

	OcrWorkers(OcrQueue queue, OcrProperties properties) {
		this.queue = queue;
		this.properties = properties;
	}

	@Override
	public void start() {
		int count = properties.workers();
		if (count == 0) {
			return;
		}
		AtomicInteger n = new AtomicInteger();
		threads = Executors.newScheduledThreadPool(count, r -> {
			Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
			t.setDaemon(true);
			t.setPriority(Thread.MIN_PRIORITY);
			return t;
		});
		threads.execute(() -> {
			int requeued = queue.requeueIfAvailable();
			if (requeued > 0) {
				log.info("OCR: {} scans queued again now that a reader is installed", requeued);
			}
		});
		long poll = properties.pollInterval().toMillis();
		for (int i = 0; i < count; i++) {
			threads.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
		}
	}

	private void drain() {
		try {
			while (!Thread.currentThread().isInterrupted() && queue.runOnce()) {
				// read the next one at once: the queue had work
			}
		}
		catch (RuntimeException e) {
			// a database hiccup: the next poll tries again; the scheduler must not lose
			// this thread
			log.warn("OCR worker: {}", e.toString());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService t = threads;
		threads = null;
		if (t != null) {
			t.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return threads != null;
	}

}
