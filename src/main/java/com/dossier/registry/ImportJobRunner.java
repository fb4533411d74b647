package com.dossier.registry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.dossier.registry.ImportJobs.JobKind;
import com.dossier.registry.ImportJobs.State;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.DossierException;
import com.dossier.shared.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs an administrator's import in the background, so that a workbook of 10,000 rows
 * never holds a request (or a proxy's timeout) open: as the administrator who started it
 * (the import's actor), with its progress and a heartbeat written every {@link #BEAT}. At
 * most {@code dossier.registry.max-running-jobs} run at once on all nodes together; this
 * node never runs more than that either.
 */
@Component
class ImportJobRunner {

	/** What a job does, told where it is as it goes. */
	interface Work {

		ImportJobResult run(ImportService.Progress progress);

	}

	static final Duration BEAT = Duration.ofSeconds(2);

	private static final Logger LOG = LoggerFactory.getLogger(ImportJobRunner.class);

	private final ImportJobs jobs;

	private final JsonMapper json;

	private final AdministrationTime time;

	private final int maxRunning;

	private final ThreadPoolExecutor workers;

	private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "import-job-beat");
		t.setDaemon(true);
		return t;
	});

	ImportJobRunner(ImportJobs jobs, JsonMapper json, AdministrationTime time,
			@Value("${dossier.registry.max-running-jobs:2}") int maxRunning) {
		this.jobs = jobs;
		this.json = json;
		this.time = time;
		this.maxRunning = maxRunning;
		this.workers = new ThreadPoolExecutor(maxRunning, maxRunning, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
				r -> new Thread(r, "import-job"));
		workers.allowCoreThreadTimeOut(true);
	}

	/** Starts the work as a job of the signed-in administrator; returns its id. */
	long start(JobKind kind, String fileName, Work work) {
		long id = jobs.start(CurrentUser.require().username(), kind, fileName, time.now(), maxRunning);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		Map<String, String> mdc = MDC.getCopyOfContextMap();
		try {
			workers.execute(() -> run(id, context, mdc, work));
		}
		catch (RejectedExecutionException e) {
			finish(id, State.FAILED, ImportJobResult.failed("import.jobs_busy"));
			throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "import.jobs_busy");
		}
		return id;
	}

	private void run(long id, SecurityContext context, Map<String, String> mdc, Work work) {
		SecurityContextHolder.setContext(context);
		if (mdc != null) {
			MDC.setContextMap(mdc);
		}
		Live live = new Live();
		var beat = beats.scheduleAtFixedRate(() -> beat(id, live), 0, BEAT.toMillis(), TimeUnit.MILLISECONDS);
		try {
			ImportJobResult result = work.run(live);
			beat.cancel(false);
			finish(id, State.DONE, result);
		}
		catch (DossierException e) {
			beat.cancel(false);
			finish(id, State.FAILED, ImportJobResult.failed(e.code()));
		}
		catch (RuntimeException | Error e) {
			beat.cancel(false);
			LOG.error("Import job {} failed", id, e);
			finish(id, State.FAILED, ImportJobResult.failed("import.job_failed"));
		}
		finally {
			SecurityContextHolder.clearContext();
			MDC.clear();
		}
	}

	private void beat(long id, Live live) {
		try {
			jobs.beat(id, live.phase, live.done, live.total, time.now());
		}
		catch (RuntimeException e) {
			// A missed beat is retried at the next; a minute of them and the job reads as
			// lost.
			LOG.warn("Import job {}: heartbeat not written", id, e);
		}
	}

	private void finish(long id, State state, ImportJobResult result) {
		jobs.finish(id, state, json.writeValueAsBytes(result), time.now());
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
		beats.shutdownNow();
	}

	/** Where the job is; written by its thread, read by the heartbeat's. */
	private static final class Live implements ImportService.Progress {

		volatile String phase = "QUEUED";

		volatile int done;

		volatile int total;

		@Override
		public void at(String phase, int done, int total) {
			this.phase = phase;
			this.done = done;
			this.total = total;
		}

	}

}
