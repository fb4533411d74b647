package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.verification.VerificationApplication.Decision;

/**
 * Applications for the queue tests, inserted directly on days long past (one day per
 * test) or for a fresh enterprise, so that other tests' rows never mix in.
 */
final class QueueFilings {

	private static final AtomicInteger days = new AtomicInteger(ThreadLocalRandom.current().nextInt(5000));

	private static final AtomicInteger sequence = new AtomicInteger(1);

	private final HandbookService handbook;

	private final EnterpriseService enterprises;

	private final ApplicationRepository applications;

	QueueFilings(HandbookService handbook, EnterpriseService enterprises, ApplicationRepository applications) {
		this.handbook = handbook;
		this.enterprises = enterprises;
		this.applications = applications;
	}

	/** An application as filed here: its id, number and the two records it holds. */
	record Filed(long id, String number, List<Long> records) {
	}

	/**
	 * {@code n} applications on {@code day}, a minute apart, every third sharing its
	 * predecessor's time (id decides).
	 */
	List<Filed> file(long enterpriseId, LocalDate day, int n) {
		List<Long> records = List.of(record(enterpriseId), record(enterpriseId));
		var enterprise = enterprises.get(enterpriseId);
		Instant start = day.atTime(9, 0).atZone(com.dossier.shared.AdministrationTime.DEFAULT_ZONE).toInstant();
		List<Filed> filed = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Instant at = start.plusSeconds(60L * (i - i / 3)).plusNanos(123_456_000);
			String number = "W" + day.format(DateTimeFormatter.BASIC_ISO_DATE)
					+ String.format("%05d", sequence.getAndIncrement());
			long id = applications.insert(number, enterprise, at, "test");
			applications.insertItem(id, records.get(0), "equipment", 0);
			applications.insertItem(id, records.get(1), "equipment", 1);
			filed.add(new Filed(id, number, records));
		}
		return filed;
	}

	void complete(Filed f) {
		applications.claim(f.id(), "clerk-z", Instant.now());
		for (long record : f.records()) {
			applications.decide(f.id(), record, Decision.PASS, null, "clerk-z", Instant.now());
		}
		assertThat(applications.completeIfDecided(f.id(), Instant.now())).isTrue();
	}

	private long record(long enterpriseId) {
		return handbook.create(enterpriseId, "equipment", HandbookSamples.sample("equipment", sequence.get())).id();
	}

	/**
	 * A day of its own, long past, so that a date filter sees only this test's
	 * applications.
	 */
	static LocalDate newDay() {
		return LocalDate.of(2001, 1, 1).plusDays(days.getAndAdd(2));
	}

	static List<String> numbers(List<Filed> filed) {
		return filed.stream().map(Filed::number).toList();
	}

}
