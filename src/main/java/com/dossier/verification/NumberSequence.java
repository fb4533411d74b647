package com.dossier.verification;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.DossierException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 申请编号: W + the administration's day + that day's next sequence. A number is
 * taken inside the filing's own transaction, after its records were checked, so a refused
 * filing uses none (one that burned numbers let one account use up the day's 99,999). The
 * UPDATE's row lock is held until that filing commits: concurrent filings queue only for
 * their last few inserts, and numbers stay unique across nodes.
 */
@Component
class NumberSequence {

	static final int LAST = 99_999;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final AdministrationTime time;

	/**
	 * The last day whose row this node has seen, so that {@link #prepare} costs nothing
	 * after the first filing.
	 */
	private final AtomicReference<LocalDate> prepared = new AtomicReference<>();

	NumberSequence(JdbcClient jdbc, PlatformTransactionManager transactions, AdministrationTime time) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.time = time;
	}

	LocalDate today() {
		return time.today();
	}

	/**
	 * Makes sure the day's row exists, in a transaction of its own and before the filing
	 * opens one: inserting it inside the filing would abort that transaction on
	 * PostgreSQL when another node inserts it first.
	 */
	void prepare(LocalDate day) {
		if (day.equals(prepared.get())) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(s -> {
				if (!exists(day)) {
					jdbc.sql("insert into verification_sequence (seq_day, last_number) values (?, 0)")
						.param(day)
						.update();
				}
			});
		}
		catch (DuplicateKeyException e) {
			// another node inserted the day's row first, which is all that was needed
		}
		prepared.set(day);
	}

	/**
	 * The day's next number, in the caller's transaction; a clear refusal once the day's
	 * numbers are used up.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ApplicationNumber take(LocalDate day) {
		int updated = jdbc
			.sql("update verification_sequence set last_number = last_number + 1 where seq_day = ? and last_number < ?")
			.params(day, LAST)
			.update();
		if (updated == 0) {
			if (!exists(day)) {
				throw new IllegalStateException("no number sequence row for " + day + ": prepare(day) was not called");
			}
			throw new DossierException(HttpStatus.SERVICE_UNAVAILABLE, "application.numbers_exhausted");
		}
		int n = jdbc.sql("select last_number from verification_sequence where seq_day = ?")
			.param(day)
			.query(Integer.class)
			.single();
		return ApplicationNumber.of(day, n);
	}

	private boolean exists(LocalDate day) {
		return jdbc.sql("select count(*) from verification_sequence where seq_day = ?")
			.param(day)
			.query(Integer.class)
			.single() > 0;
	}

}
