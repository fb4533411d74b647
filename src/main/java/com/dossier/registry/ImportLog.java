package com.dossier.registry;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Committed imports and the enterprises each touched (its pages show the last one). */
@Repository
class ImportLog {

	/** The last import that touched an enterprise. */
	record LastImport(String source, Instant at) {
	}

	private final JdbcClient jdbc;

	ImportLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long record(String source, ImportService.Channel channel, String actor, Instant at, ImportResult result,
			List<Long> enterprises) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into registry_import (source, channel, imported_by, imported_at, created, updated, unchanged)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(source, channel.name(), Sql.cut(actor, 64), Sql.ts(at), result.created(), result.updated(),
					result.unchanged())
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (long enterprise : new LinkedHashSet<>(enterprises)) {
			jdbc.sql("insert into registry_import_enterprise (import_id, enterprise_id) values (?, ?)")
				.params(id, enterprise)
				.update();
		}
		return id;
	}

	Optional<LastImport> last(long enterpriseId) {
		return jdbc.sql("""
				select i.source, i.imported_at from registry_import i
				join registry_import_enterprise e on e.import_id = i.id
				where e.enterprise_id = ? order by i.id desc limit 1""")
			.param(enterpriseId)
			.query((rs, n) -> new LastImport(rs.getString("source"), Sql.instant(rs, "imported_at")))
			.optional();
	}

}
