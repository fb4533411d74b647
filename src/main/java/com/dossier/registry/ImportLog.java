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

	/** The import's row, written first so that every version can name it. */
	long start(String source, ImportService.Channel channel, String actor, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into registry_import (source, channel, imported_by, imported_at, created, updated, unchanged)
				values (?, ?, ?, ?, 0, 0, 0)""")
			.params(source, channel.name(), Sql.cut(actor, 64), Sql.ts(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void finish(long id, ImportResult result, List<Long> enterprises) {
		jdbc.sql("update registry_import set created = ?, updated = ?, unchanged = ? where id = ?")
			.params(result.created(), result.updated(), result.unchanged(), id)
			.update();
		for (long enterprise : new LinkedHashSet<>(enterprises)) {
			jdbc.sql("insert into registry_import_enterprise (import_id, enterprise_id) values (?, ?)")
				.params(id, enterprise)
				.update();
		}
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

	List<RegistryViews.ImportRow> recent(int limit) {
		return jdbc.sql("select * from registry_import order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new RegistryViews.ImportRow(rs.getLong("id"), Sql.instant(rs, "imported_at"),
					rs.getString("source"), rs.getString("channel"), rs.getString("imported_by"), rs.getInt("created"),
					rs.getInt("updated"), rs.getInt("unchanged")))
			.list();
	}

	Optional<RegistryViews.ImportRow> find(long id) {
		return jdbc.sql("select * from registry_import where id = ?")
			.param(id)
			.query((rs, n) -> new RegistryViews.ImportRow(rs.getLong("id"), Sql.instant(rs, "imported_at"),
					rs.getString("source"), rs.getString("channel"), rs.getString("imported_by"), rs.getInt("created"),
					rs.getInt("updated"), rs.getInt("unchanged")))
			.optional();
	}

	/** The item versions an import wrote, in the order it wrote them. */
	List<RegistryViews.ChangeRow> changes(long importId, int limit) {
		return jdbc.sql("""
				select i.kind, i.source_id, i.name, i.enterprise_id, v.version, v.removed
				from registry_item_version v join registry_item i on i.id = v.item_id
				where v.import_id = ? order by v.id limit ?""")
			.params(importId, limit)
			.query((rs, n) -> new RegistryViews.ChangeRow(rs.getString("kind"), rs.getString("source_id"),
					rs.getString("name"), rs.getLong("enterprise_id"), rs.getInt("version"), rs.getBoolean("removed")))
			.list();
	}

}
