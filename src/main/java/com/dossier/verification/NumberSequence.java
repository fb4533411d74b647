package com.dossier.verification;

import java.time.LocalDate;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.DailySequence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out 原件校对 numbers: W + the administration's day + that day's next sequence
 * ({@link DailySequence} over this module's {@code verification_sequence}). A refused
 * filing uses none: one that burned numbers let one account use up the day's 99,999.
 */
@Component
class NumberSequence {

	static final int LAST = DailySequence.LAST;

	private final DailySequence sequence;

	NumberSequence(JdbcClient jdbc, PlatformTransactionManager transactions, AdministrationTime time) {
		this.sequence = new DailySequence(jdbc, transactions, time, "verification_sequence", 'W');
	}

	LocalDate today() {
		return sequence.today();
	}

	/** Makes sure the day's row exists, before the filing opens its transaction. */
	void prepare(LocalDate day) {
		sequence.prepare(day);
	}

	/** The day's next number, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public ApplicationNumber take(LocalDate day) {
		return sequence.take(day);
	}

}
