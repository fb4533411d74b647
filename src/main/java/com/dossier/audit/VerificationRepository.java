package com.dossier.audit;

import java.time.Instant;
import java.util.Optional;

import com.dossier.audit.AuditTrust.Trigger;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each verification's outcome, the last one shown on every node's audit page. */
@Repository
class VerificationRepository {

	record Last(Instant at, boolean valid, long checked, Long brokenId, Instant brokenAt, String reason,
			String trigger) {
	}

	private final JdbcClient jdbc;

	VerificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(ChainCheck check, Trigger trigger) {
		ChainCheck.Broken b = check.firstBroken();
		jdbc.sql("""
				insert into audit_verification (verified_at, valid, checked, broken_id, broken_at, broken_reason,
				                                head_position, trigger_kind)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Sql.ts(check.verifiedAt()), check.valid(), check.checked(), b == null ? null : b.id(),
					b == null ? null : Sql.ts(b.at()), b == null ? null : b.reason().name(), check.headPosition(),
					trigger.name())
			.update();
	}

	Optional<Last> last() {
		return jdbc.sql("select * from audit_verification order by id desc limit 1")
			.query((rs, n) -> new Last(Sql.instant(rs, "verified_at"), rs.getBoolean("valid"), rs.getLong("checked"),
					rs.getObject("broken_id", Long.class), Sql.instant(rs, "broken_at"), rs.getString("broken_reason"),
					rs.getString("trigger_kind")))
			.optional();
	}

}
