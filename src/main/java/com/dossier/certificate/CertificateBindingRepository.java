package com.dossier.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CertificateBindingRepository {

	/** The account a certificate is bound to: its role and, for an enterprise operator, its credit code. */
	record Account(long id, String username, String role, String creditCode) {
	}

	private final JdbcClient jdbc;

	CertificateBindingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> account(long accountId) {
		return jdbc.sql("""
				select a.id, a.username, a.role, e.credit_code from account a left join enterprise e on e.id = a.enterprise_id
				where a.id = ?""")
			.param(accountId)
			.query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("role"), rs.getString("credit_code")))
			.optional();
	}

	boolean exists(long accountId, String bindingKey) {
		return jdbc.sql("select count(*) from certificate_binding where account_id = ? and binding_key = ?")
			.params(accountId, bindingKey)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long accountId, CertificateDetails details, String actor, Instant at) {
		CertificateIdentity identity = details.identity();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into certificate_binding (account_id, kind, binding_key, credit_code, holder, subject,
				    serial_number, issuer, fingerprint, not_after, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, identity.kind().name(), identity.key(), identity.creditCode(),
					Sql.cut(identity.holder(), 200), Sql.cut(identity.subject(), 1000), identity.serialNumber(),
					Sql.cut(identity.issuer(), 1000), details.fingerprint(), Sql.ts(details.notAfter()), actor,
					Sql.ts(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<CertificateBinding> list(long accountId) {
		return jdbc.sql("select * from certificate_binding where account_id = ? order by created_at, id")
			.param(accountId)
			.query(CertificateBindingRepository::map)
			.list();
	}

	Optional<CertificateBinding> find(long accountId, long bindingId) {
		return jdbc.sql("select * from certificate_binding where account_id = ? and id = ?")
			.params(accountId, bindingId)
			.query(CertificateBindingRepository::map)
			.optional();
	}

	int delete(long accountId, long bindingId) {
		return jdbc.sql("delete from certificate_binding where account_id = ? and id = ?")
			.params(accountId, bindingId)
			.update();
	}

	private static CertificateBinding map(ResultSet rs, int row) throws SQLException {
		return new CertificateBinding(rs.getLong("id"), rs.getLong("account_id"),
				BindingKind.valueOf(rs.getString("kind")), rs.getString("credit_code"), rs.getString("holder"),
				rs.getString("subject"), rs.getString("serial_number"), rs.getString("issuer"),
				rs.getString("fingerprint"), Sql.instant(rs, "not_after"), rs.getString("created_by"),
				Sql.instant(rs, "created_at"));
	}
}
