package com.dossier.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.dossier.shared.Page;
import com.dossier.shared.Sql;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
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

	/** By the user name in any case ({@link Account#keyOf}). */
	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select * from account where username_key = ?")
			.param(Account.keyOf(username))
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select * from account where id = ?").param(id).query(AccountRepository::map).optional();
	}

	/** Whether the user name is taken, in any case. */
	boolean existsByUsername(String username) {
		return jdbc.sql("select count(*) from account where username_key = ?")
			.param(Account.keyOf(username))
			.query(Long.class)
			.single() > 0;
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("select count(*) from account where role = ?")
			.param(role.name())
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String hash, Role role, Long enterpriseId, String displayName, Instant now,
			EnterpriseRole enterpriseRole, Set<Permission> permissions, boolean mustChangePassword) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into account (username, username_key, password_hash, role, enterprise_id, display_name, enabled,
				                     created_at, version, enterprise_role, permissions, must_change_password)
				values (?, ?, ?, ?, ?, ?, true, ?, 0, ?, ?, ?)""")
			.params(username, Account.keyOf(username), hash, role.name(), enterpriseId, displayName, Sql.ts(now),
					enterpriseRole == null ? null : enterpriseRole.name(), Account.column(permissions),
					mustChangePassword)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The enterprise's accounts, by user name. */
	List<Account> ofEnterprise(long enterpriseId) {
		return jdbc.sql("select * from account where enterprise_id = ? order by username_key")
			.param(enterpriseId)
			.query(AccountRepository::map)
			.list();
	}

	/**
	 * Locks the enterprise's accounts until the transaction ends, so that two managers
	 * changing accounts at once take turns (the last-manager rule counts what is
	 * committed).
	 */
	List<Account> lockEnterprise(long enterpriseId) {
		return jdbc.sql("select * from account where enterprise_id = ? order by id for update")
			.param(enterpriseId)
			.query(AccountRepository::map)
			.list();
	}

	/** Display names of these user names (those that have one), by user name. */
	Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("select username, display_name from account where display_name is not null and username in (:names)")
			.param("names", List.copyOf(usernames))
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	/** Not versioned: a sign-in must never make an administrator's open form stale. */
	void signedIn(long id, Instant at) {
		jdbc.sql("update account set last_sign_in_at = ? where id = ?").params(Sql.ts(at), id).update();
	}

	Page<Account> find(String query, int page, int size) {
		String like = query == null || query.isBlank() ? "%" : "%" + query.trim().toLowerCase() + "%";
		long total = jdbc.sql("select count(*) from account where username_key like ?")
			.param(like)
			.query(Long.class)
			.single();
		var items = jdbc.sql("select * from account where username_key like ? order by username_key limit ? offset ?")
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

	private static EnterpriseRole role(String value) {
		return value == null ? null : EnterpriseRole.valueOf(value);
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getObject("enterprise_id", Long.class),
				rs.getString("display_name"), rs.getBoolean("enabled"), Sql.instant(rs, "created_at"),
				rs.getInt("version"), role(rs.getString("enterprise_role")),
				Account.permissionsOf(rs.getString("permissions")), rs.getBoolean("must_change_password"),
				Sql.instant(rs, "last_sign_in_at"));
	}

}
