package com.dossier.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.dossier.account.ThrottleRepository.Row;
import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.shared.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing anyone a lock (OWASP ASVS 6.3.1, NIST SP 800-63B 5.2.2). Failures
 * count per user name, existing or not (its case-insensitive key, so the answer never depends on whether it
 * exists), and per client address; past a rule's free failures, each further one refuses the next attempts for a
 * delay that doubles up to a cap. A refused attempt is answered without its password being checked and counts for
 * nothing. What keeps an owner in: at an address the account signed in from in the last 90 days (a known address),
 * only failures at that same address throttle it — an attacker anywhere else cannot keep the owner out.
 * <p>
 * The state is in the shared database; an attempt costs one primary-key read, and a success writes only to end a
 * streak of failures or to remember a new known address (again once a day). The audit log gets one {@code login}
 * failure per streak of a user name or an address and one {@code login.throttled} entry when a throttle starts,
 * so a guesser cannot fill it at the rate it sends requests.
 */
@Component
class LoginThrottle {

	/** After {@code free} failures in a row, each next failure refuses attempts for base × 2^(n − free), at most cap. */
	record Rule(int free, Duration base, Duration cap) {

		Duration delayAfter(int failures) {
			if (failures < free) {
				return Duration.ZERO;
			}
			Duration delay = base.multipliedBy(1L << Math.min(failures - free, 20));
			return delay.compareTo(cap) > 0 ? cap : delay;
		}
	}

	static final Rule ACCOUNT = new Rule(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

	static final Rule ADDRESS = new Rule(20, Duration.ofMinutes(1), Duration.ofMinutes(30));

	/** A streak ends a day after its last failure. */
	static final Duration FORGET_AFTER = Duration.ofHours(24);

	static final Duration KNOWN_FOR = Duration.ofDays(90);

	static final Duration REMEMBER_AGAIN_AFTER = Duration.ofDays(1);

	static final Duration PURGE_EVERY = Duration.ofMinutes(10);

	/** An attempt as the throttle saw it before the password was checked: refused for {@code retryAfter} more. */
	record Check(String username, String address, boolean sharedAddress, Map<String, Row> rows, boolean known,
			Duration retryAfter) {

		boolean refused() {
			return !retryAfter.isZero() && !retryAfter.isNegative();
		}

		String accountKey() {
			return LoginThrottle.accountKey(username);
		}

		String addressKey() {
			return "address:" + address;
		}

		String pairKey() {
			return "pair:" + username + " " + address;
		}
	}

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final ThrottleRepository store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<String> sharedAddresses;

	private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

	LoginThrottle(ThrottleRepository store, ApplicationEventPublisher events, Clock clock,
			@Value("${dossier.auth.throttle.shared-addresses:}") List<String> sharedAddresses) {
		this.store = store;
		this.events = events;
		this.clock = clock;
		this.sharedAddresses = Set.copyOf(sharedAddresses.stream().map(String::trim).filter(a -> !a.isEmpty()).toList());
	}

	/** @param address the client's address, {@code ServletRequest.getRemoteAddr()} */
	Check check(String typedUsername, String address) {
		String from = address == null ? "" : Sql.cut(address, 64);
		Check keys = new Check(Account.keyOf(typedUsername), from, sharedAddresses.contains(from), Map.of(), false,
				Duration.ZERO);
		Map<String, Row> rows = store.find(List.of(keys.accountKey(), keys.addressKey(), keys.pairKey()));
		Instant now = clock.instant();
		Row pair = rows.get(keys.pairKey());
		boolean known = pair != null && pair.signedInAt() != null && pair.signedInAt().isAfter(now.minus(KNOWN_FOR));
		Instant until = known ? pair.refusesUntil(now)
				: later(refusesUntil(rows.get(keys.accountKey()), now),
						keys.sharedAddress() ? null : refusesUntil(rows.get(keys.addressKey()), now));
		return new Check(keys.username(), from, keys.sharedAddress(), rows, known,
				until == null ? Duration.ZERO : Duration.between(now, until));
	}

	/** A password (or certificate) was checked and was wrong. */
	void failed(Check check, String reason) {
		Instant now = clock.instant();
		boolean first;
		if (check.known()) {
			// at a known address the account's own rule applies to that address alone
			first = count(check, check.pairKey(), check.username(), ACCOUNT, now,
					"user name " + check.username() + " at its known address " + check.address()) == 1;
		}
		else {
			int forName = count(check, check.accountKey(), check.username(), ACCOUNT, now,
					"user name " + check.username());
			int forAddress = check.sharedAddress() ? 0
					: count(check, check.addressKey(), null, ADDRESS, now, "address " + check.address());
			first = forName == 1 || forAddress == 1;
		}
		if (first) {
			events.publishEvent(AuditEvent.byActor("login", Outcome.FAILURE, check.username(), reason));
		}
		purgeNow(now);
	}

	void succeeded(Check check) {
		Instant now = clock.instant();
		Row pair = check.rows().get(check.pairKey());
		if (!check.known()) {
			store.signedIn(check.pairKey(), check.username(), now);
			if (check.rows().containsKey(check.accountKey())) {
				store.delete(check.accountKey());
			}
		}
		else if (pair.failures() > 0 || pair.signedInAt().isBefore(now.minus(REMEMBER_AGAIN_AFTER))) {
			store.signedIn(check.pairKey(), check.username(), now);
		}
	}

	/** Until when attempts on the user name are refused from addresses it is not known at, or null. */
	Instant throttledUntil(String username) {
		String key = accountKey(Account.keyOf(username));
		return refusesUntil(store.find(List.of(key)).get(key), clock.instant());
	}

	/** An administrator ends every failure streak of the user name. */
	void lift(String username) {
		store.lift(Account.keyOf(username));
	}

	/** Counts a failure for the key (whose row names {@code owner}) and starts or lengthens its throttle. */
	private int count(Check check, String key, String owner, Rule rule, Instant now, String what) {
		int failures = store.fail(key, owner, now, now.minus(FORGET_AFTER));
		if (failures >= rule.free()) {
			Instant until = now.plus(rule.delayAfter(failures));
			store.block(key, until);
			if (failures == rule.free()) {
				String detail = what + ": " + failures + " failed sign-ins in a row, attempts refused until " + until;
				log.warn("Sign-in throttled for {}", detail);
				events.publishEvent(AuditEvent.byActor("login.throttled", Outcome.DENIED, check.username(), detail));
			}
		}
		return failures;
	}

	private void purgeNow(Instant now) {
		Instant next = nextPurge.get();
		if (now.isAfter(next) && nextPurge.compareAndSet(next, now.plus(PURGE_EVERY))) {
			store.purge(now, now.minus(FORGET_AFTER), now.minus(KNOWN_FOR));
		}
	}

	private static String accountKey(String username) {
		return "account:" + username;
	}

	private static Instant refusesUntil(Row row, Instant now) {
		return row == null ? null : row.refusesUntil(now);
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}
}
