package com.dossier.handbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.shared.Page;
import com.dossier.shared.Sql;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Records and their versions in two tables; the only code that writes them. */
@Repository
class RecordStore {

	private static final TypeReference<LinkedHashMap<String, String>> DATA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/**
	 * A reader made once: the mapper's {@code readValue} resolves the type and looks up
	 * its deserializer again for each of a page's rows.
	 */
	private final ObjectReader dataReader;

	RecordStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.dataReader = json.readerFor(DATA);
	}

	long insert(long enterpriseId, String section, Level level, RecordStatus status, Map<String, String> data,
			Long revisionOf, String actor, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into handbook_record (enterprise_id, section, level, status, version, data, revision_of,
				                             open_revision_of, deleted, created_by, created_at, updated_by, updated_at)
				values (?, ?, ?, ?, 1, ?, ?, ?, false, ?, ?, ?, ?)""")
			.params(enterpriseId, section, level.name(), status.name(), json(data), revisionOf, revisionOf, actor,
					Sql.ts(at), actor, Sql.ts(at))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * Writes the record's new state if nobody saved it in between: the row must still be
	 * at {@code version - 1}. False means someone else won; the caller reports a version
	 * conflict. A revision that is deleted or merged closes, which frees its record for
	 * the next 变更 (the unique {@code open_revision_of}).
	 */
	boolean update(HandbookRecord r, String actor, Instant at) {
		return jdbc.sql("""
				update handbook_record set level = ?, status = ?, version = ?, data = ?, rejection_reason = ?,
				       deleted = ?, open_revision_of = ?, updated_by = ?, updated_at = ?
				where id = ? and version = ?""")
			.params(r.level().name(), r.status().name(), r.version(), json(r.data()), Sql.cut(r.rejectionReason(), 500),
					r.deleted(), r.deleted() ? null : r.revisionOf(), actor, Sql.ts(at), r.id(), r.version() - 1)
			.update() == 1;
	}

	void insertVersion(HandbookRecord r, String actor, Instant at, ChangeKind change) {
		jdbc.sql(
				"""
						insert into handbook_record_version (record_id, version, level, status, data, actor, changed_at, change_kind)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.version(), r.level().name(), r.status().name(), json(r.data()), actor, Sql.ts(at),
					change.name())
			.update();
	}

	Optional<HandbookRecord> find(long id) {
		return jdbc.sql("select * from handbook_record where id = ?").param(id).query(this::record).optional();
	}

	List<HandbookRecord> findAll(long enterpriseId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(
				"select * from handbook_record where enterprise_id = :e and id in (:ids) and deleted = false order by id")
			.param("e", enterpriseId)
			.param("ids", ids)
			.query(this::record)
			.list();
	}

	/** As {@link #find}, with the row locked until the transaction ends. */
	Optional<HandbookRecord> lock(long id) {
		return jdbc.sql("select * from handbook_record where id = ? for update")
			.param(id)
			.query(this::record)
			.optional();
	}

	/**
	 * As {@link #findAll}, the rows locked in id order (so two filings of overlapping
	 * records cannot deadlock).
	 */
	List<HandbookRecord> lockAll(long enterpriseId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from handbook_record where enterprise_id = :e and id in (:ids) and deleted = false
				order by id for update""").param("e", enterpriseId).param("ids", ids).query(this::record).list();
	}

	/**
	 * One statement for the page and its total (a window count, issue 20: the count was a
	 * round trip of its own on every list); only a page past the end asks for the total
	 * apart.
	 */
	Page<HandbookRecord> page(long enterpriseId, String section, int page, int size) {
		long[] total = { -1 };
		List<HandbookRecord> items = jdbc.sql("""
				select r.*, count(*) over () as total_items from handbook_record r
				where enterprise_id = ? and section = ? and deleted = false
				order by id limit ? offset ?""")
			.params(enterpriseId, section, size, (long) page * size)
			.query((rs, n) -> {
				total[0] = rs.getLong("total_items");
				return record(rs, n);
			})
			.list();
		return new Page<>(items, page, size, total[0] >= 0 ? total[0] : count(enterpriseId, section));
	}

	/**
	 * Every live record of a section, for Excel; bounded so that no export can exhaust
	 * memory.
	 */
	List<HandbookRecord> all(long enterpriseId, String section, int max) {
		return jdbc.sql("""
				select * from handbook_record where enterprise_id = ? and section = ? and deleted = false
				order by id limit ?""").params(enterpriseId, section, max).query(this::record).list();
	}

	long count(long enterpriseId, String section) {
		return jdbc
			.sql("select count(*) from handbook_record where enterprise_id = ? and section = ? and deleted = false")
			.params(enterpriseId, section)
			.query(Long.class)
			.single();
	}

	Optional<HandbookRecord> openRevisionOf(long originalId) {
		return jdbc.sql("select * from handbook_record where open_revision_of = ?")
			.param(originalId)
			.query(this::record)
			.optional();
	}

	/**
	 * The open revisions of any of {@code originalIds}, by the record each revises: one
	 * query for a page.
	 */
	Map<Long, Long> openRevisionsOf(long enterpriseId, Collection<Long> originalIds) {
		if (originalIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> open = new HashMap<>();
		jdbc.sql("""
				select id, open_revision_of from handbook_record
				where enterprise_id = :enterprise and open_revision_of in (:ids)""")
			.param("enterprise", enterpriseId)
			.param("ids", originalIds)
			.query((rs, n) -> open.put(rs.getLong("open_revision_of"), rs.getLong("id")))
			.list();
		return open;
	}

	List<RecordVersion> history(long recordId) {
		return jdbc.sql("select * from handbook_record_version where record_id = ? order by version")
			.param(recordId)
			.query(this::version)
			.list();
	}

	private HandbookRecord record(ResultSet rs, int row) throws SQLException {
		return new HandbookRecord(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("section"),
				Level.valueOf(rs.getString("level")), RecordStatus.valueOf(rs.getString("status")),
				rs.getInt("version"), data(rs.getString("data")), rs.getObject("revision_of", Long.class),
				rs.getString("rejection_reason"), rs.getBoolean("deleted"), rs.getString("created_by"),
				Sql.instant(rs, "created_at"), rs.getString("updated_by"), Sql.instant(rs, "updated_at"));
	}

	private RecordVersion version(ResultSet rs, int row) throws SQLException {
		return new RecordVersion(rs.getLong("record_id"), rs.getInt("version"), Level.valueOf(rs.getString("level")),
				RecordStatus.valueOf(rs.getString("status")), data(rs.getString("data")), rs.getString("actor"),
				Sql.instant(rs, "changed_at"), ChangeKind.valueOf(rs.getString("change_kind")));
	}

	private String json(Map<String, String> data) {
		return json.writeValueAsString(data);
	}

	private Map<String, String> data(String text) {
		return dataReader.readValue(text);
	}

}
