package com.dossier.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.dossier.shared.Sql;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The items the sources keep, each write a new version in the history: the only code that
 * writes registry_item and registry_item_version.
 */
@Repository
class ItemStore {

	private static final TypeReference<LinkedHashMap<String, String>> DATA = new TypeReference<>() {
	};

	/** One stored item. */
	record Item(long id, Kind kind, String source, String sourceId, long enterpriseId, int version,
			Map<String, String> data, boolean removed, String name, String category, LocalDate validUntil,
			Long recordId, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ItemStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The item, locked until the transaction ends, so two imports of it queue up. */
	Optional<Item> lock(String source, Kind kind, String sourceId) {
		return jdbc.sql("select * from registry_item where source = ? and kind = ? and source_id = ? for update")
			.params(source, kind.name(), sourceId)
			.query(this::item)
			.optional();
	}

	Item insert(Item i, String actor, long importId) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into registry_item (kind, source, source_id, enterprise_id, version, data, removed, name,
				                           category, valid_until, record_id, updated_at)
				values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
			.params(i.kind().name(), i.source(), i.sourceId(), i.enterpriseId(), json.writeValueAsString(i.data()),
					i.removed(), i.name(), i.category(), i.validUntil(), i.recordId(), Sql.ts(i.updatedAt()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		version(id, 1, i, actor, importId);
		return find(id).orElseThrow();
	}

	/** Writes {@code i} as the next version of its item (already locked). */
	void update(Item i, String actor, long importId) {
		jdbc.sql("""
				update registry_item set version = ?, data = ?, removed = ?, name = ?, category = ?, valid_until = ?,
				       record_id = ?, updated_at = ?
				where id = ?""")
			.params(i.version(), json.writeValueAsString(i.data()), i.removed(), i.name(), i.category(), i.validUntil(),
					i.recordId(), Sql.ts(i.updatedAt()), i.id())
			.update();
		version(i.id(), i.version(), i, actor, importId);
	}

	private void version(long id, int version, Item i, String actor, long importId) {
		jdbc.sql("""
				insert into registry_item_version (item_id, import_id, version, data, removed, actor, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, importId, version, json.writeValueAsString(i.data()), i.removed(), actor, Sql.ts(i.updatedAt()))
			.update();
	}

	Optional<Item> find(long id) {
		return jdbc.sql("select * from registry_item where id = ?").param(id).query(this::item).optional();
	}

	int versions(long id) {
		return jdbc.sql("select count(*) from registry_item_version where item_id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("source"),
				rs.getString("source_id"), rs.getLong("enterprise_id"), rs.getInt("version"),
				json.readValue(rs.getString("data"), DATA), rs.getBoolean("removed"), rs.getString("name"),
				rs.getString("category"), rs.getObject("valid_until", LocalDate.class),
				rs.getObject("record_id", Long.class), Sql.instant(rs, "updated_at"));
	}

}
