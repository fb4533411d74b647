package com.dossier.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.dossier.support.WebClient;

/** Follows an Excel import's job page, as its script does, until the job has ended. */
final class ExcelJobs {

	static final Duration PATIENCE = Duration.ofMinutes(3);

	private ExcelJobs() {
	}

	/** The job page once it no longer shows progress: a redirect or the result page. */
	static HttpResponse<String> await(WebClient client, String jobPage) throws InterruptedException {
		assertThat(jobPage).startsWith("/admin/imports/jobs/");
		Instant until = Instant.now().plus(PATIENCE);
		while (true) {
			HttpResponse<String> page = client.get(jobPage);
			if (page.statusCode() != 200 || !page.body().contains("id=\"job-progress\"")) {
				return page;
			}
			assertThat(Instant.now()).as("job %s still running", jobPage).isBefore(until);
			Thread.sleep(100);
		}
	}

	/** Uploads (or commits) and waits: the answer the job page ends with. */
	static HttpResponse<String> finished(WebClient client, HttpResponse<String> started) throws InterruptedException {
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		return await(client, WebClient.location(started));
	}

}
