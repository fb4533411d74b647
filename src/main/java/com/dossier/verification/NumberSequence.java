package com.dossier.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.dossier.shared.ApplicationNumber;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 申请编号: W + the Shanghai day + that day's next sequence. Each number is taken in its own short
 * transaction (the row lock of the UPDATE is held only that long), so numbers stay unique across nodes without
 * serialising whole filings; a filing that then fails leaves a gap, which is harmless.
 */
@Component
class NumberSequence {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	NumberSequence(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	ApplicationNumber next() {
		LocalDate day = LocalDate.now(clock.withZone(SHANGHAI));
		for (int attempt = 1;; attempt++) {
			try {
				Integer n = ownTransaction.execute(s -> take(day));
				return ApplicationNumber.of(day, n);
			}
			catch (DuplicateKeyException e) {
				// another node inserted the day's row first: its UPDATE will now find the row
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	private int take(LocalDate day) {
		int updated = jdbc.sql("update verification_sequence set last_number = last_number + 1 where seq_day = ?")
			.param(day)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into verification_sequence (seq_day, last_number) values (?, 1)").param(day).update();
			return 1;
		}
		return jdbc.sql("select last_number from verification_sequence where seq_day = ?")
			.param(day)
			.query(Integer.class)
			.single();
	}
}
