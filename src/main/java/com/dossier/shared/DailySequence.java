package com.dossier.shared;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out 申请编号 of one kind: a prefix + the administration's day + that day's next
 * sequence, kept in a table {@code (seq_day date primary key, last_number integer)} of
 * the module that owns the numbers. A number is taken inside the filing's own
 * transaction, after its records were checked, so a refused filing uses none. The
 * UPDATE's row lock is held until that filing commits: numbers stay unique across nodes.
 */
public final class DailySequence {

	public static final int LAST = 99_999;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final AdministrationTime time;

	private final String table;

	private final char prefix;

	/**
	 * The last day whose row this node has seen, so {@link #prepare} then costs nothing.
	 */
	private final AtomicReference<LocalDate> prepared = new AtomicReference<>();

	public DailySequence(JdbcClient jdbc, PlatformTransactionManager transactions, AdministrationTime time,
			String table, char prefix) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.time = time;
		this.table = table;
		this.prefix = prefix;
	}

	public LocalDate today() {
		return time.today();
	}

	/**
	 * Makes sure the day's row exists, in a transaction of its own and before the filing
	 * opens one: inserting it inside the filing would abort that transaction on
	 * PostgreSQL when another node inserts it first.
	 */
	public void prepare(LocalDate day) {
		if (day.equals(prepared.get())) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(s -> {
				if (!exists(day)) {
					jdbc.sql("insert into " + table + " (seq_day, last_number) values (?, 0)").param(day).update();
				}
			});
		}
		catch (DuplicateKeyException e) {
			// another node inserted the day's row first, which is all that was needed
		}
		prepared.set(day);
	}

	/**
	 * The day's next number, in the caller's transaction (there must be one); a clear
	 * refusal once the day's numbers are used up.
	 */
	public ApplicationNumber take(LocalDate day) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a number is taken inside the filing's transaction");
		}
		int updated = jdbc
			.sql("update " + table + " set last_number = last_number + 1 where seq_day = ? and last_number < ?")
			.params(day, LAST)
			.update();
		if (updated == 0) {
			if (!exists(day)) {
				throw new IllegalStateException("no number sequence row for " + day + ": prepare(day) was not called");
			}
			throw new DossierException(HttpStatus.SERVICE_UNAVAILABLE, "application.numbers_exhausted");
		}
		int n = jdbc.sql("select last_number from " + table + " where seq_day = ?")
			.param(day)
			.query(Integer.class)
			.single();
		return ApplicationNumber.of(prefix, day, n);
	}

	private boolean exists(LocalDate day) {
		return jdbc.sql("select count(*) from " + table + " where seq_day = ?")
			.param(day)
			.query(Integer.class)
			.single() > 0;
	}

}
