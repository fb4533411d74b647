package com.dossier.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.dossier.audit.ChainRepository.Head;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links each entry to the one before it. An entry is inserted where it is published, in
 * the publisher's transaction, and sealed (given its position and hash) just before that
 * transaction commits: the head's row lock is then held from the seal to the commit only,
 * a few statements, and the sealing transaction takes no other lock after it, so writers
 * queue briefly and never deadlock on it. Without a transaction the entry is written and
 * sealed in one of its own.
 */
@Component
class AuditChain {

	private final ChainRepository chain;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AuditChain(ChainRepository chain, TransactionTemplate transaction, Clock clock) {
		this.chain = chain;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Runs {@code write} (the insert) and has its entry sealed with the transaction. */
	void append(Supplier<ChainEntry> write) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			transaction.executeWithoutResult(status -> seal(List.of(write.get())));
			return;
		}
		ChainEntry entry = write.get();
		Pending pending = pending();
		if (pending.sealed) {
			// published by another before-commit callback, after ours ran: still this
			// transaction, so seal now
			seal(List.of(entry));
		}
		else {
			pending.entries.add(entry);
		}
	}

	/**
	 * Gives the entries the next positions after the head, in the order they were
	 * written. An entry that is gone (rolled back to a savepoint) is skipped, so the
	 * chain has no gap.
	 */
	void seal(List<ChainEntry> entries) {
		Head head = chain.lockHead();
		long position = head.position();
		String hash = head.hash();
		for (ChainEntry e : entries) {
			String next = ChainHash.of(e, position + 1, hash);
			if (chain.seal(e.sealed(position + 1, next))) {
				position++;
				hash = next;
			}
		}
		if (position != head.position()) {
			chain.moveHead(position, hash, clock.instant());
		}
	}

	private Pending pending() {
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Pending p && p.owner == this) {
				return p;
			}
		}
		Pending p = new Pending(this);
		TransactionSynchronizationManager.registerSynchronization(p);
		return p;
	}

	/** The entries of one transaction, sealed last of its before-commit callbacks. */
	private static final class Pending implements TransactionSynchronization {

		private final AuditChain owner;

		private final List<ChainEntry> entries = new ArrayList<>();

		private boolean sealed;

		Pending(AuditChain owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			sealed = true;
			if (!entries.isEmpty()) {
				owner.seal(entries);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
