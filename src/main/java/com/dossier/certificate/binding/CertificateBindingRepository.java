package com.dossier.certificate.binding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.certificate.identity.BindingKind;
import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.identity.CertificateIdentity;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The table {@code certificate_binding}, the only one this module reads; accounts are the
 * account module's.
 */
@Repository
class CertificateBindingRepository {

	private final JdbcClient jdbc;

	CertificateBindingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
