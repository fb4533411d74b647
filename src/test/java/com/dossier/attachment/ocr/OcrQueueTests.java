package com.dossier.attachment.ocr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.dossier.attachment.storage.BlobStore;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue as a second node, or this one after a restart, meets it in the database: a
 * claim left by a dead node is taken over, a live one is not; a page over its time fails
 * the attempt and the last attempt fails the scan; without a reader the scan is
 * UNAVAILABLE and queued again once one is installed.
 */
@HttpTest
class OcrQueueTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	OcrQueue queue;

	@Autowired
	OcrRepository repository;

	@Autowired
	BlobStore blobs;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClaimLeftByANodeThatDiedIsTakenOverAfterARestartAndALiveOneIsNot() {
		TesseractCliTests.assumeInstalled();
		long orphan = uploaded();
		long busy = uploaded();
		Instant longAgo = Instant.now().minus(Duration.ofHours(1));
		assertThat(repository.claim(orphan, "dead-node", longAgo, longAgo.minus(Duration.ofDays(1)))).isTrue();
		assertThat(repository.claim(busy, "busy-node", Instant.now(), Instant.now().minus(Duration.ofDays(1))))
			.isTrue();
		Instant staleBefore = Instant.now().minus(Duration.ofMinutes(15));
		assertThat(repository.claimable(staleBefore, 1000)).contains(orphan).doesNotContain(busy);

		// a fresh queue over the same table: what a restarted or another node runs
		OcrQueue restarted = new OcrQueue(repository, new TesseractCli(List.of("tesseract"), "chi_sim"), blobs,
				properties(Duration.ofSeconds(30), 3), clock, events);
		assertThat(restarted.runOnce(busy, "new-node")).isFalse();
		assertThat(restarted.runOnce(orphan, "new-node")).isTrue();

		OcrRow done = repository.find(orphan).orElseThrow();
		assertThat(done.state()).isEqualTo(OcrState.DONE);
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(done.text()).isNotBlank();
		assertThat(repository.find(busy).orElseThrow().claimedBy()).isEqualTo("busy-node");
		// the dead node coming back late cannot overwrite what the new one wrote
		assertThat(repository.finish(orphan, "dead-node", OcrState.FAILED, Instant.now(), null, null, "late", null))
			.isFalse();
		assertThat(repository.find(orphan).orElseThrow().state()).isEqualTo(OcrState.DONE);
	}

	@Test
	void aPageOverItsTimeFailsTheAttemptAndTheLastAttemptFailsTheScan() {
		long id = uploaded();
		OcrEngine stuck = new OcrEngine() {
			final TesseractCli sleeper = new TesseractCli(List.of("sh", "-c", "sleep 30", "ocr"), "chi_sim");

			@Override
			public boolean available() {
				return true;
			}

			@Override
			public String read(byte[] image, Duration timeout) {
				return sleeper.read(image, timeout);
			}
		};
		OcrQueue slow = new OcrQueue(repository, stuck, blobs, properties(Duration.ofMillis(300), 2), clock, events);

		assertThat(slow.runOnce(id, "slow-node")).isTrue();
		OcrRow again = repository.find(id).orElseThrow();
		assertThat(again.state()).isEqualTo(OcrState.QUEUED);
		assertThat(again.error()).isEqualTo("ocr.timeout");
		assertThat(again.claimedBy()).isNull();

		assertThat(slow.runOnce(id, "slow-node")).isTrue();
		assertThat(repository.find(id).orElseThrow().state()).isEqualTo(OcrState.FAILED);
		assertThat(slow.runOnce(id, "slow-node")).isFalse();
		assertThat(status(id)).isEqualTo("FAILED");
	}

	@Test
	void withoutAReaderAScanIsUnavailableAndEverythingElseWorks() {
		long id = uploaded();
		OcrEngine none = new TesseractCli(List.of("/nonexistent/tesseract"), "chi_sim");
		OcrQueue without = new OcrQueue(repository, none, blobs, properties(Duration.ofSeconds(30), 3), clock, events);

		assertThat(without.runOnce(id, "bare-node")).isTrue();
		assertThat(status(id)).isEqualTo("UNAVAILABLE");
		OcrRow row = repository.find(id).orElseThrow();
		jdbc.sql("delete from attachment_ocr where attachment_id = ?").param(id).update();
		without.enqueue(id, new com.dossier.attachment.storage.BlobId(row.sha256()), row.contentType());
		assertThat(repository.find(id).orElseThrow().state()).isEqualTo(OcrState.UNAVAILABLE);
		assertThat(without.requeueIfAvailable()).isZero();

		// once the reader is installed, the node's start queues such scans again
		assertThat(queue.requeueIfAvailable()).isPositive();
		assertThat(queue.runOnce(id, "test-worker")).isTrue();
		assertThat(status(id)).isEqualTo("DONE");
	}

	private long uploaded() {
		TestData.Operator operator = data.operator();
		HandbookRecord record = handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "塔式起重机", "model", "QTZ80", "origin", "中国", "manufactureDate", "2020-05-01", "quantity",
						"1", "originalValue", "120", "netValue", "80"));
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		this.owner = api;
		return ScanPrecheckTests.json(ScanPrecheckTests.upload(api, record, ScanPrecheckTests.invoice("型号：QTZ80")))
			.get("id")
			.asLong();
	}

	private WebClient owner;

	private String status(long id) {
		return ScanPrecheckTests.json(owner.get("/api/v1/attachments/" + id)).get("ocr").get("status").asString();
	}

	private static OcrProperties properties(Duration pageTimeout, int attempts) {
		return new OcrProperties(0, null, null, pageTimeout, 1, attempts, Duration.ofMinutes(15), null);
	}

}
