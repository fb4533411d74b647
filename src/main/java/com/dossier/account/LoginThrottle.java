package com.dossier.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Slows password guessing down without handing anyone a lock (OWASP ASVS 6.3.1, NIST SP
 * 800-63B 5.2.2). Failures count per user name, existing or not (its case-insensitive
 * key, so the answer never depends on whether it exists), and per client address; past a
 * rule's free failures, each further one refuses the next attempts for a delay that
 * doubles up to a cap. A refused attempt is answered without its password being checked
 * and counts for nothing. What keeps an owner in: at an address the account signed in
 * from in the last 90 days (a known address), only failures at that same address throttle
 * it — an attacker anywhere else cannot keep the owner out.
 * <p>
 * An attempt is counted as a failure before its password is checked and uncounted if it
 * was right, so that concurrent guesses cannot all pass the read before the first of them
 * is counted: past the free failures, one attempt per delay claims the right to be
 * checked and the others are refused. The state is in the shared database; at a known
 * address without failures (an API client's every request) an attempt costs one
 * primary-key read and no write, unless the address is to be remembered again (once a
 * day).
 * <p>
 * The audit log gets one {@code login} failure per streak of a user name or an address
 * and one {@code login.throttled} entry when a throttle starts, so a guesser cannot fill
 * it at the rate it sends requests.
 */
@Component
class LoginThrottle {

	/**
	 * After {@code free} failures in a row, the n-th refuses attempts for base × 2^(n −
	 * free), at most cap.
	 */
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

	enum Kind {

		NAME, ADDRESS, NAME_AT_KNOWN_ADDRESS

	}

	/**
	 * A failure counted for one key: the streak's length with it, and the refusal it
	 * claimed beyond the free ones.
	 */
	record Count(Kind kind, String key, int failures, Instant claimed) {
	}

	/**
	 * An attempt as admitted (counted in advance), or refused for {@code retryAfter}
	 * more.
	 */
	record Attempt(String username, String address, boolean known, Row pair, List<Count> counts, Duration retryAfter) {

		boolean refused() {
			return !retryAfter.isZero() && !retryAfter.isNegative();
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
		this.sharedAddresses = Set
			.copyOf(sharedAddresses.stream().map(String::trim).filter(a -> !a.isEmpty()).toList());
	}

	/**
	 * Refuses the attempt, or admits it and counts it as a failure in advance; exactly
	 * one of {@link #failed}, {@link #succeeded} or {@link #abandoned} must follow an
	 * admitted attempt.
	 * @param address the client's address, {@code ServletRequest.getRemoteAddr()}
	 */
	Attempt admit(String typedUsername, String address) {
		Attempt seen = look(typedUsername, address);
		if (seen.refused()) {
			return seen;
		}
		Instant now = clock.instant();
		List<Count> counts = new ArrayList<>();
		for (Kind kind : inAdvance(seen)) {
			String key = key(kind, seen);
			Rule rule = kind == Kind.ADDRESS ? ADDRESS : ACCOUNT;
			int failures = store.fail(key, kind == Kind.ADDRESS ? null : seen.username(), now, now.minus(FORGET_AFTER));
			Instant claim = failures > rule.free() ? now.plus(rule.delayAfter(failures)) : null;
			if (claim != null && !store.claim(key, now, claim)) {
				counts.add(new Count(kind, key, failures, null));
				release(counts);
				Attempt again = look(typedUsername, address);
				return again.refused() ? again : withRetry(seen, rule.delayAfter(failures));
			}
			counts.add(new Count(kind, key, failures, claim));
		}
		return new Attempt(seen.username(), seen.address(), seen.known(), seen.pair(), List.copyOf(counts),
				Duration.ZERO);
	}

	/** The password (or certificate) was checked and was wrong. */
	void failed(Attempt attempt, String reason) {
		Instant now = clock.instant();
		List<Count> counts = attempt.counts();
		if (counts.isEmpty()) { // a known address without failures, not counted in
								// advance
			String key = key(Kind.NAME_AT_KNOWN_ADDRESS, attempt);
			counts = List.of(new Count(Kind.NAME_AT_KNOWN_ADDRESS, key,
					store.fail(key, attempt.username(), now, now.minus(FORGET_AFTER)), null));
		}
		for (Count count : counts) {
			Rule rule = count.kind() == Kind.ADDRESS ? ADDRESS : ACCOUNT;
			if (count.failures() >= rule.free()) {
				Instant until = now.plus(rule.delayAfter(count.failures()));
				store.block(count.key(), until);
				if (count.failures() == rule.free()) {
					audit(attempt, count, until);
				}
			}
		}
		if (counts.stream().anyMatch(c -> c.failures() == 1)) {
			events.publishEvent(AuditEvent.byActor("login", Outcome.FAILURE, attempt.username(), reason));
		}
		purgeNow(now);
	}

	/**
	 * The password was right: the advance count is taken back, and the address is (still)
	 * known.
	 */
	void succeeded(Attempt attempt) {
		Instant now = clock.instant();
		if (!attempt.known()) {
			for (Count count : attempt.counts()) {
				if (count.kind() == Kind.NAME) {
					store.delete(count.key()); // the owner ends the name's streak
				}
				else {
					release(List.of(count));
				}
			}
			store.signedIn(key(Kind.NAME_AT_KNOWN_ADDRESS, attempt), attempt.username(), now);
		}
		else if (!attempt.counts().isEmpty() || attempt.pair().signedInAt().isBefore(now.minus(REMEMBER_AGAIN_AFTER))) {
			store.signedIn(key(Kind.NAME_AT_KNOWN_ADDRESS, attempt), attempt.username(), now);
		}
	}

	/**
	 * Neither right nor wrong (the account is disabled, the database failed): nothing
	 * counts.
	 */
	void abandoned(Attempt attempt) {
		release(attempt.counts());
	}

	/** What an attempt would meet now, without counting it. */
	Attempt look(String typedUsername, String address) {
		String from = address == null ? "" : Sql.cut(address, 64);
		Attempt keys = new Attempt(Account.keyOf(typedUsername), from, false, null, List.of(), Duration.ZERO);
		Map<String, Row> rows = store
			.find(List.of(key(Kind.NAME, keys), key(Kind.ADDRESS, keys), key(Kind.NAME_AT_KNOWN_ADDRESS, keys)));
		Instant now = clock.instant();
		Row pair = rows.get(key(Kind.NAME_AT_KNOWN_ADDRESS, keys));
		boolean known = pair != null && pair.signedInAt() != null && pair.signedInAt().isAfter(now.minus(KNOWN_FOR));
		Instant until = known ? pair.refusesUntil(now) : later(refusesUntil(rows.get(key(Kind.NAME, keys)), now),
				sharedAddresses.contains(from) ? null : refusesUntil(rows.get(key(Kind.ADDRESS, keys)), now));
		return new Attempt(keys.username(), from, known, pair, List.of(),
				until == null ? Duration.ZERO : Duration.between(now, until));
	}

	/**
	 * Until when attempts on the user name are refused from addresses it is not known at,
	 * or null.
	 */
	Instant throttledUntil(String username) {
		String key = "account:" + Account.keyOf(username);
		return refusesUntil(store.find(List.of(key)).get(key), clock.instant());
	}

	/** An administrator ends every failure streak of the user name. */
	void lift(String username) {
		store.lift(Account.keyOf(username));
	}

	/**
	 * The keys counted before the password is checked: at a known address, only once
	 * failures began there.
	 */
	private List<Kind> inAdvance(Attempt seen) {
		if (seen.known()) {
			return seen.pair().failures() > 0 ? List.of(Kind.NAME_AT_KNOWN_ADDRESS) : List.of();
		}
		return sharedAddresses.contains(seen.address()) ? List.of(Kind.NAME) : List.of(Kind.NAME, Kind.ADDRESS);
	}

	private void release(List<Count> counts) {
		for (Count count : counts) {
			store.unfail(count.key(), count.claimed());
		}
	}

	private void audit(Attempt attempt, Count count, Instant until) {
		String what = switch (count.kind()) {
			case NAME -> "user name " + attempt.username();
			case ADDRESS -> "address " + attempt.address();
			case NAME_AT_KNOWN_ADDRESS ->
				"user name " + attempt.username() + " at its known address " + attempt.address();
		};
		String detail = what + ": " + count.failures() + " failed sign-ins in a row, attempts refused until " + until;
		log.warn("Sign-in throttled for {}", detail);
		events.publishEvent(AuditEvent.byActor("login.throttled", Outcome.DENIED, attempt.username(), detail));
	}

	private void purgeNow(Instant now) {
		Instant next = nextPurge.get();
		if (now.isAfter(next) && nextPurge.compareAndSet(next, now.plus(PURGE_EVERY))) {
			store.purge(now, now.minus(FORGET_AFTER), now.minus(KNOWN_FOR));
		}
	}

	private static String key(Kind kind, Attempt attempt) {
		return switch (kind) {
			case NAME -> "account:" + attempt.username();
			case ADDRESS -> "address:" + attempt.address();
			case NAME_AT_KNOWN_ADDRESS -> "pair:" + attempt.username() + " " + attempt.address();
		};
	}

	private static Attempt withRetry(Attempt seen, Duration retryAfter) {
		return new Attempt(seen.username(), seen.address(), seen.known(), seen.pair(), List.of(), retryAfter);
	}

	private static Instant refusesUntil(Row row, Instant now) {
		return row == null ? null : row.refusesUntil(now);
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

}
