package com.dossier.qualification;

import static com.dossier.qualification.QualificationTestData.api;
import static com.dossier.qualification.QualificationTestData.filing;
import static com.dossier.qualification.QualificationTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fifty filings at once get fifty distinct Z numbers; of two reviewers claiming at once,
 * one wins and the other is told who has it; a filing never misses a revision being
 * opened at the same instant.
 */
@HttpTest
class QualificationRacesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	QualificationService qualification;

	@Autowired
	PlatformTransactionManager transactions;

	QualificationTestData records;

	@BeforeEach
	void records() {
		records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
	}

	@Test
	void fiftyConcurrentFilingsGetFiftyDistinctNumbers() throws Exception {
		TestData.Operator operator = data.operator();
		CurrentUser user = new CurrentUser(0, operator.username(), Role.ENTERPRISE, operator.enterpriseId());
		long record = records.imported(operator.enterpriseId());
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> filings = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				filings.add(pool.submit(() -> {
					start.await();
					return qualification.file(user, Kind.RENEW, "supervision", "A", List.of(record)).number();
				}));
			}
			start.countDown();
			HashSet<String> numbers = new HashSet<>();
			for (Future<String> f : filings) {
				numbers.add(f.get());
			}
			assertThat(numbers).hasSize(50).allMatch(n -> ApplicationNumber.isValid(n) && n.startsWith("Z"));
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * 变更 is opened and not yet committed when the filing checks the record: the filing
	 * waits for it and then refuses the record, instead of citing data about to be
	 * replaced.
	 */
	@Test
	void aFilingSeesARevisionOpenedAtTheSameInstant() throws Exception {
		TestData.Operator operator = data.operator();
		CurrentUser user = new CurrentUser(0, operator.username(), Role.ENTERPRISE, operator.enterpriseId());
		long record = records.verified(operator, 1).get(0);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch opened = new CountDownLatch(1);
		CountDownLatch filing = new CountDownLatch(1);
		try {
			Future<?> revision = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
				handbook.openRevision(operator.enterpriseId(), record);
				opened.countDown();
				try {
					filing.await();
					// The filing's time to reach the record: without a lock it is filed
					// before this commits.
					Thread.sleep(300);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			opened.await();
			Future<InvalidInputException> filed = pool.submit(() -> {
				filing.countDown();
				try {
					qualification.file(user, Kind.RENEW, "supervision", "A", List.of(record));
					return null;
				}
				catch (InvalidInputException e) {
					return e;
				}
			});
			revision.get();
			InvalidInputException refused = filed.get();
			assertThat(refused).as("filed while a revision of the record was being opened").isNotNull();
			assertThat(refused.errors().all()).extracting(e -> e.code()).containsExactly("qualification.cite.revision");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twoReviewersRacingForOneApplicationOneWinsTheOtherIsToldWho() throws Exception {
		TestData.Operator operator = data.operator();
		long record = records.imported(operator.enterpriseId());
		String number = json(api(port, operator.username())
			.json("POST", "/api/v1/qualification-applications", filing(List.of(record)))
			.body()).get("number").asString();
		List<String> reviewers = List.of(data.account(Role.REVIEWER), data.account(Role.REVIEWER));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> claims = new ArrayList<>();
			for (String reviewer : reviewers) {
				WebClient client = api(port, reviewer);
				claims.add(pool.submit(() -> {
					start.await();
					return client.json("POST", "/api/v1/qualification-applications/" + number + "/claim", null);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (var f : claims) {
				answers.add(f.get());
			}
			assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
			String winner = json(answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body())
				.get("claimedBy")
				.asString();
			HttpResponse<String> loser = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
			assertThat(json(loser.body()).get("code").asString()).isEqualTo("application.already_claimed");
			assertThat(json(loser.body()).get("detail").asString()).contains(winner);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
