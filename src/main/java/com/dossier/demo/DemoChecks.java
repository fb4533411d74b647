package com.dossier.demo;

import java.util.ArrayList;
import java.util.List;

import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.DossierException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.verification.VerificationApplication;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * 原件校对 in the demo's past and present: records filed as their operator files them, and
 * decided by demo-clerk as a clerk decides them (so their levels move through the
 * verification module's events).
 */
@Component
class DemoChecks {

	private static final Logger log = LoggerFactory.getLogger(DemoChecks.class);

	/**
	 * Items per past application, as an enterprise brings a folder of originals to the
	 * window.
	 */
	private static final int PER_APPLICATION = 10;

	private final VerificationService verification;

	private final RecordLifecycle lifecycle;

	DemoChecks(VerificationService verification, RecordLifecycle lifecycle) {
		this.verification = verification;
		this.lifecycle = lifecycle;
	}

	/**
	 * Filed in applications of up to ten records, claimed by demo-clerk, each passed or
	 * failed with the reason.
	 */
	void throughApplications(CurrentUser operator, List<Long> passed, List<Long> failed, String reason) {
		List<Long> all = new ArrayList<>(passed);
		all.addAll(failed);
		CurrentUser clerk = DemoUsers.clerk();
		for (int from = 0; from < all.size(); from += PER_APPLICATION) {
			List<Long> batch = all.subList(from, Math.min(from + PER_APPLICATION, all.size()));
			String number = DemoUsers.as(operator, () -> verification.file(operator, batch)).number();
			DemoUsers.as(clerk, () -> {
				verification.claim(clerk, number);
				for (long id : batch) {
					boolean fails = failed.contains(id);
					verification.decide(clerk, number, id, fails ? Decision.FAIL : Decision.PASS,
							fails ? reason : null);
				}
				return null;
			});
		}
	}

	/**
	 * For an enterprise without a contact person, which cannot file an application yet:
	 * the same transitions of the record (filed, then passed or failed) without the
	 * application around them.
	 */
	void withoutApplication(long enterpriseId, List<Long> passed, List<Long> failed, String reason) {
		List<Long> all = new ArrayList<>(passed);
		all.addAll(failed);
		if (all.isEmpty()) {
			return;
		}
		lifecycle.markPending(enterpriseId, all);
		passed.forEach(lifecycle::verify);
		failed.forEach(id -> lifecycle.reject(id, reason));
	}

	/**
	 * Applications left open in the clerk's queue: a few of two records each, filed
	 * today.
	 */
	void leaveOpen(CurrentUser operator, List<Long> ready, int applications, int items) {
		for (int from = 0, filed = 0; filed < applications && from + items <= ready.size(); from += items, filed++) {
			List<Long> batch = ready.subList(from, from + items);
			try {
				VerificationApplication a = DemoUsers.as(operator, () -> verification.file(operator, batch));
				log.info("Demo verification application {} filed", a.number());
			}
			catch (DossierException e) {
				// A demo must not stop the application: without ready records there is
				// simply no open application.
				log.warn("Demo application of records {} refused: {}", batch, e.code());
			}
		}
	}

}
