package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.account.LoginThrottle.Attempt;
import com.dossier.audit.AuditEvent;
import com.dossier.support.MovableClock;
import com.dossier.support.TestData;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The throttle's rules on its real table (an in-memory H2 migrated by Flyway), with a
 * clock the test moves: no sleeping, no wall clock. Every test uses names and addresses
 * of its own.
 */
class LoginThrottleTests {

	static final String H2 = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private static final AtomicInteger addresses = new AtomicInteger();

	private static JdbcClient jdbc;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));

	private final List<AuditEvent> audit = new ArrayList<>();

	private final LoginThrottle throttle = new LoginThrottle(new ThrottleRepository(jdbc),
			event -> audit.add((AuditEvent) event), clock, List.of("10.99.0.1"));

	private final String name = "user-" + TestData.unique();

	@BeforeAll
	static void database() {
		var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:throttle-" + TestData.unique() + H2, "sa", "",
				true);
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	private static String address() {
		int n = addresses.incrementAndGet();
		return "10.1." + n / 250 + "." + n % 250;
	}

	private Attempt admitted(String username, String address) {
		Attempt attempt = throttle.admit(username, address);
		assertThat(attempt.refused()).as("refused before its password is checked").isFalse();
		return attempt;
	}

	/** A wrong password, which the throttle must have let through to be checked. */
	private void fail(String username, String address) {
		throttle.failed(admitted(username, address), "BadCredentialsException");
	}

	private void signIn(String username, String address) {
		throttle.succeeded(admitted(username, address));
	}

	private Duration refusal(String username, String address) {
		return throttle.look(username, address).retryAfter();
	}

	@Test
	void afterFiveFailuresEachNextOneDoublesTheDelayUpToHalfAnHour() {
		String from = address();
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		assertThat(refusal(name, from)).isZero();
		fail(name, from);
		for (long minutes : new long[] { 1, 2, 4, 8, 16, 30, 30 }) {
			assertThat(refusal(name, from)).isEqualTo(Duration.ofMinutes(minutes));
			clock.move(Duration.ofMinutes(minutes).minusSeconds(1));
			assertThat(refusal(name, from)).isEqualTo(Duration.ofSeconds(1));
			clock.move(Duration.ofSeconds(1));
			fail(name, from);
		}
	}

	@Test
	void aRefusedAttemptCountsForNothing() {
		String from = address();
		for (int i = 0; i < 5; i++) {
			fail(name, from);
		}
		for (int i = 0; i < 100; i++) {
			assertThat(throttle.admit(name, from).refused()).isTrue();
		}
		clock.move(Duration.ofMinutes(1));
		fail(name, from);
		assertThat(refusal(name, from)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void concurrentGuessesPastTheFreeFailuresAreCheckedOneAtATime() {
		String from = address();
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		Attempt fifth = admitted(name, from); // the last free one
		Attempt sixth = admitted(name, from); // past them: claims the next minute
		assertThat(throttle.admit(name, from).refused()).as("while the sixth is being checked").isTrue();
		assertThat(throttle.admit(name, address()).refused()).isTrue();
		throttle.failed(fifth, "BadCredentialsException");
		throttle.failed(sixth, "BadCredentialsException");
		assertThat(refusal(name, from)).isEqualTo(Duration.ofMinutes(2));
		clock.move(Duration.ofMinutes(2));
		Attempt seventh = admitted(name, from);
		assertThat(throttle.admit(name, from).refused()).isTrue();
		throttle.succeeded(seventh);
		assertThat(refusal(name, address())).as("the owner's password ended the streak").isZero();
	}

	@Test
	void anAttemptNeitherRightNorWrongCountsForNothing() {
		String from = address();
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		for (int i = 0; i < 10; i++) {
			throttle.abandoned(admitted(name, from));
		}
		assertThat(refusal(name, from)).isZero();
		fail(name, from);
		assertThat(refusal(name, from)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void caseAndSurroundingSpacesMakeNoOtherUserName() {
		String from = address();
		for (String variant : List.of(name, name.toUpperCase(), " " + name, name.toUpperCase() + "\t", name)) {
			fail(variant, from);
		}
		assertThat(refusal(name.toUpperCase(), address())).isEqualTo(Duration.ofMinutes(1));
		assertThat(Account.keyOf(" Demo-Admin\u0000" + "x".repeat(100))).isEqualTo("demo-admin?" + "x".repeat(53));
	}

	@Test
	void failuresElsewhereNeverStopTheAccountAtAnAddressItSignedInFrom() {
		String office = address();
		signIn(name, office);
		for (int attacker = 0; attacker < 10; attacker++) {
			String from = address();
			for (int i = 0; i < 5; i++) {
				clock.move(Duration.ofMinutes(31));
				fail(name, from);
			}
		}
		assertThat(refusal(name, office)).isZero();
		assertThat(refusal(name, address())).isEqualTo(Duration.ofMinutes(30));
		signIn(name, office);
		assertThat(refusal(name, address())).as("the owner's sign-in at home does not reopen the name")
			.isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void failuresAtAKnownAddressThrottleTheAccountThereAlone() {
		String office = address();
		signIn(name, office);
		for (int i = 0; i < 5; i++) {
			fail(name, office);
		}
		assertThat(refusal(name, office)).isEqualTo(Duration.ofMinutes(1));
		assertThat(refusal(name, address())).isZero();
		clock.move(Duration.ofMinutes(1));
		signIn(name, office);
		fail(name, office);
		assertThat(refusal(name, office)).as("the sign-in ended the streak").isZero();
	}

	@Test
	void anAddressIsThrottledAcrossUserNamesAfterTwentyFailures() {
		String sprayer = address();
		String other = address();
		signIn(name, sprayer);
		for (int i = 0; i < 20; i++) {
			assertThat(refusal("victim-" + i + name, sprayer)).isZero();
			fail("victim-" + i + name, sprayer);
		}
		assertThat(refusal("anyone-" + name, sprayer)).isEqualTo(Duration.ofMinutes(1));
		assertThat(refusal("victim-0" + name, other)).isZero();
		assertThat(refusal(name, sprayer)).as("known there").isZero();
	}

	@Test
	void aSharedAddressThrottlesEachUserNameButNeverItself() {
		for (int i = 0; i < 30; i++) {
			fail("hall-" + i + name, "10.99.0.1");
		}
		assertThat(refusal("hall-new-" + name, "10.99.0.1")).isZero();
		for (int i = 0; i < 4; i++) {
			fail("hall-0" + name, "10.99.0.1");
		}
		assertThat(refusal("hall-0" + name, "10.99.0.1")).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aSuccessEndsTheUserNamesStreakButNotTheAddresses() {
		String from = address();
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		signIn(name, from);
		for (int i = 0; i < 4; i++) {
			fail(name, address());
		}
		assertThat(refusal(name, address())).as("a new streak of four").isZero();
		for (int i = 0; i < 16; i++) {
			fail("other-" + i + name, from);
		}
		assertThat(refusal("anyone-" + name, from)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aStreakIsForgottenADayAfterItsLastFailure() {
		String from = address();
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		clock.move(LoginThrottle.FORGET_AFTER.plusSeconds(1));
		for (int i = 0; i < 4; i++) {
			fail(name, from);
		}
		assertThat(refusal(name, from)).isZero();
		fail(name, from);
		assertThat(refusal(name, from)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void anAddressIsKnownForNinetyDaysAfterTheLastSignInThere() {
		String office = address();
		signIn(name, office);
		clock.move(Duration.ofDays(89));
		signIn(name, office);
		clock.move(Duration.ofDays(89));
		for (int i = 0; i < 5; i++) {
			fail(name, address());
		}
		assertThat(refusal(name, office)).as("known: signed in 89 days ago").isZero();
		clock.move(Duration.ofDays(2));
		for (int i = 0; i < 5; i++) {
			fail(name, address());
		}
		assertThat(refusal(name, office)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void theAuditLogGetsTheFirstFailureAndTheStartOfEachThrottleNotEveryFailure() {
		String from = address();
		for (int i = 0; i < 50; i++) {
			clock.move(Duration.ofMinutes(31));
			fail(name, from);
		}
		assertThat(audit).extracting(e -> e.action() + " " + e.outcome())
			.containsExactly("login FAILURE", "login.throttled DENIED", "login.throttled DENIED");
		assertThat(audit.get(1).detail()).startsWith("user name " + name + ": 5 failed sign-ins in a row");
		assertThat(audit.get(2).detail()).startsWith("address " + from + ": 20 failed sign-ins in a row");
	}

	@Test
	void rowsThatNoLongerMatterArePurged() {
		String old = address();
		String office = address();
		fail(name, old);
		signIn(name, office);
		clock.move(LoginThrottle.FORGET_AFTER.plusMinutes(1));
		LoginThrottle later = new LoginThrottle(new ThrottleRepository(jdbc), event -> {
		}, clock, List.of());
		later.failed(later.admit("someone-" + name, address()), "BadCredentialsException");
		assertThat(jdbc.sql("select throttle_key from login_throttle where username = ? or throttle_key = ?")
			.params(name, "address:" + old)
			.query(String.class)
			.list()).containsExactly("pair:" + name + " " + office);
	}

}
