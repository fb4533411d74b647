package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.dossier.handbook.HandbookService;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Numbers stay distinct when many applications are filed at the same moment (the same on
 * H2 and PostgreSQL).
 */
@HttpTest
class NumberSequenceTests {

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Test
	void fiftyConcurrentFilingsGetFiftyDistinctNumbers() throws Exception {
		TestData.Operator operator = data.operator();
		CurrentUser user = new CurrentUser(0, operator.username(), Role.ENTERPRISE, operator.enterpriseId());
		List<Long> records = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			records.add(VerificationTestData.readyRecord(handbook, attachments, operator.enterpriseId()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<String>> filings = new ArrayList<>();
			for (long record : records) {
				filings.add(pool.submit(() -> {
					start.await();
					return verification.file(user, List.of(record)).number();
				}));
			}
			start.countDown();
			HashSet<String> numbers = new HashSet<>();
			for (Future<String> f : filings) {
				numbers.add(f.get());
			}
			assertThat(numbers).hasSize(50).allMatch(ApplicationNumber::isValid);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
