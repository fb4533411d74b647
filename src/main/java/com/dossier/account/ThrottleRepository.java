package com.dossier.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.Sql;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code login_throttle} (V59). Every statement stands alone (no transaction
 * spans an attempt): counts change only by increments and decrements in the database, so
 * nodes counting the same key at once lose nothing, a row two nodes create at once is
 * created by one and incremented by the other, and a claim is won by one.
 */
@Repository
class ThrottleRepository {

	/** One key's state; absent keys have none. */
	record Row(int failures, Instant lastFailureAt, Instant blockedUntil, Instant signedInAt) {

		/** Until when attempts are refused, or null when they are heard now. */
		Instant refusesUntil(Instant now) {
			return blockedUntil != null && blockedUntil.isAfter(now) ? blockedUntil : null;
		}
	}

	private static final int ATTEMPTS = 3;

	private final JdbcClient jdbc;

	ThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One primary-key read for all the keys of an attempt. */
	Map<String, Row> find(List<String> keys) {
		Map<String, Row> rows = new HashMap<>();
		jdbc.sql("select * from login_throttle where throttle_key in (:keys)")
			.param("keys", keys)
			.query((ResultSet rs) -> {
				rows.put(rs.getString("throttle_key"), map(rs));
			});
		return rows;
	}

	/**
	 * One more failure for the key, or the first of a new streak when its last one is
	 * older than {@code forgetBefore}; returns the streak's failures so far.
	 */
	int fail(String key, String username, Instant now, Instant forgetBefore) {
		upsert(() -> jdbc.sql("""
				update login_throttle
				set failures = case when last_failure_at < ? then 1 else failures + 1 end, last_failure_at = ?
				where throttle_key = ?""").params(Sql.ts(forgetBefore), Sql.ts(now), key).update(), () -> jdbc.sql("""
				insert into login_throttle (throttle_key, username, failures, last_failure_at) values (?, ?, 1, ?)""")
			.params(key, username, Sql.ts(now))
			.update());
		return jdbc.sql("select failures from login_throttle where throttle_key = ?")
			.param(key)
			.query(Integer.class)
			.optional()
			.orElse(1);
	}

	/**
	 * Refuses attempts until then if none is refused now; false when another attempt
	 * claimed the key first (the row lock of the update decides between nodes).
	 */
	boolean claim(String key, Instant now, Instant until) {
		return jdbc.sql("""
				update login_throttle set blocked_until = ?
				where throttle_key = ? and (blocked_until is null or blocked_until <= ?)""")
			.params(Sql.ts(until), key, Sql.ts(now))
			.update() == 1;
	}

	/**
	 * Takes back a failure counted in advance, and the refusal it claimed (unless a later
	 * one replaced it).
	 */
	void unfail(String key, Instant claimed) {
		jdbc.sql("update login_throttle set failures = failures - 1 where throttle_key = ? and failures > 0")
			.param(key)
			.update();
		if (claimed != null) {
			jdbc.sql("update login_throttle set blocked_until = null where throttle_key = ? and blocked_until <= ?")
				.params(key, Sql.ts(claimed))
				.update();
		}
	}

	/**
	 * Refuses attempts until then, unless a failure counted at the same time on another
	 * node asked for longer.
	 */
	void block(String key, Instant until) {
		jdbc.sql("""
				update login_throttle
				set blocked_until = case when blocked_until is null or blocked_until < ? then ? else blocked_until end
				where throttle_key = ?""").params(Sql.ts(until), Sql.ts(until), key).update();
	}

	/** The account signed in from the pair's address now: its failures there end. */
	void signedIn(String pairKey, String username, Instant now) {
		upsert(() -> jdbc.sql("""
				update login_throttle set failures = 0, last_failure_at = null, blocked_until = null, signed_in_at = ?
				where throttle_key = ?""").params(Sql.ts(now), pairKey).update(), () -> jdbc.sql("""
				insert into login_throttle (throttle_key, username, failures, signed_in_at) values (?, ?, 0, ?)""")
			.params(pairKey, username, Sql.ts(now))
			.update());
	}

	void delete(String key) {
		jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
	}

	/**
	 * Ends every failure streak of the user name: its own, and at each address it is
	 * known at.
	 */
	void lift(String username) {
		jdbc.sql("delete from login_throttle where username = ? and signed_in_at is null").param(username).update();
		jdbc.sql("""
				update login_throttle set failures = 0, last_failure_at = null, blocked_until = null
				where username = ? and signed_in_at is not null""").param(username).update();
	}

	/**
	 * Deletes the rows that no longer say anything: no streak, no throttle running, no
	 * address still known.
	 */
	int purge(Instant now, Instant forgetBefore, Instant knownSince) {
		return jdbc.sql("""
				delete from login_throttle
				where (last_failure_at is null or last_failure_at < ?) and (blocked_until is null or blocked_until < ?)
				  and (signed_in_at is null or signed_in_at < ?)""")
			.params(Sql.ts(forgetBefore), Sql.ts(now), Sql.ts(knownSince))
			.update();
	}

	/**
	 * Update, else insert; an insert that loses to another node's is retried as the
	 * update.
	 */
	private static void upsert(UpdateCount update, UpdateCount insert) {
		for (int attempt = 1;; attempt++) {
			if (update.run() > 0) {
				return;
			}
			try {
				insert.run();
				return;
			}
			catch (DuplicateKeyException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	private interface UpdateCount {

		int run();

	}

	private static Row map(ResultSet rs) throws SQLException {
		return new Row(rs.getInt("failures"), Sql.instant(rs, "last_failure_at"), Sql.instant(rs, "blocked_until"),
				Sql.instant(rs, "signed_in_at"));
	}

}
