package com.dossier.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import com.dossier.shared.Page;
import com.dossier.shared.Sql;
import com.dossier.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select * from account where username = ?").param(username).query(AccountRepository::map).optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select * from account where id = ?").param(id).query(AccountRepository::map).optional();
	}

	boolean existsByUsername(String username) {
		return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single() > 0;
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("select count(*) from account where role = ?").param(role.name()).query(Long.class).single() > 0;
	}

	long insert(String username, String hash, Role role, Long enterpriseId, String displayName, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into account (username, password_hash, role, enterprise_id, display_name, enabled,
				                     failed_attempts, created_at, version)
				values (?, ?, ?, ?, ?, true, 0, ?, 0)""")
			.params(username, hash, role.name(), enterpriseId, displayName, Sql.ts(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Page<Account> find(String query, int page, int size) {
		String like = query == null || query.isBlank() ? "%" : "%" + query.trim().toLowerCase() + "%";
		long total = jdbc.sql("select count(*) from account where lower(username) like ?").param(like)
			.query(Long.class).single();
		var items = jdbc.sql("select * from account where lower(username) like ? order by username limit ? offset ?")
			.params(like, size, (long) page * size)
			.query(AccountRepository::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Optimistic: a stale version changes nothing and returns false. */
	boolean update(long id, int version, String sqlSet, Object... values) {
		Object[] params = new Object[values.length + 2];
		System.arraycopy(values, 0, params, 0, values.length);
		params[values.length] = id;
		params[values.length + 1] = version;
		return jdbc.sql("update account set " + sqlSet + ", version = version + 1 where id = ? and version = ?")
			.params(params)
			.update() == 1;
	}

	int recordFailure(String username) {
		jdbc.sql("update account set failed_attempts = failed_attempts + 1 where username = ?").param(username).update();
		return jdbc.sql("select failed_attempts from account where username = ?").param(username)
			.query(Integer.class).optional().orElse(0);
	}

	void lock(String username, Instant until) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = ? where username = ?")
			.params(Sql.ts(until), username)
			.update();
	}

	void clearFailures(String username) {
		jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ? and (failed_attempts > 0 or locked_until is not null)")
			.param(username)
			.update();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getObject("enterprise_id", Long.class),
				rs.getString("display_name"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				Sql.instant(rs, "locked_until"), Sql.instant(rs, "created_at"), rs.getInt("version"));
	}
}
