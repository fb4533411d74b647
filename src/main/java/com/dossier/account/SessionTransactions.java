package com.dossier.account;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The transactions of Spring Session's JDBC store. It runs each operation in a new
 * transaction, and so every signed-in request paid BEGIN and COMMIT around the one select
 * that reads its session (issue 20). A read, marked by {@link #reading}, runs on its own
 * connection in auto-commit: the select, and the delete of the session when it has
 * expired, are one statement each. Writes (a new session, changed attributes, the
 * cleanup) keep a new transaction each, as Spring Session made them.
 */
final class SessionTransactions implements TransactionOperations {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final Supplier<TransactionTemplate> writes;

	SessionTransactions(Supplier<PlatformTransactionManager> manager) {
		this.writes = SingletonSupplier.of(() -> {
			TransactionTemplate template = new TransactionTemplate(manager.get());
			template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			return template;
		});
	}

	/** Runs {@code read}, a lookup in the store, without a transaction of its own. */
	static <T> T reading(Supplier<T> read) {
		if (READING.get() != null) {
			return read.get();
		}
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) {
		if (READING.get() != null) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return writes.get().execute(action);
	}

}
