package com.dossier.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Page;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NoticeRepository {

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Notice> latest(Notice.Category category, int count) {
		return jdbc.sql("select * from notice where category = ? order by published_at desc, id desc limit ?")
			.params(category.name(), count)
			.query(NoticeRepository::map)
			.list();
	}

	Page<Notice> page(Notice.Category category, int page, int size) {
		String where = category == null ? "" : " where category = '" + category.name() + "'";
		long total = jdbc.sql("select count(*) from notice" + where).query(Long.class).single();
		var items = jdbc.sql("select * from notice" + where + " order by published_at desc, id desc limit ? offset ?")
			.params(size, (long) page * size)
			.query(NoticeRepository::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	Optional<Notice> find(long id) {
		return jdbc.sql("select * from notice where id = ?").param(id).query(NoticeRepository::map).optional();
	}

	long insert(Notice.Category category, String title, String body, String author, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into notice (category, title, body, published_at, author, version) values (?, ?, ?, ?, ?, 0)")
			.params(category.name(), title, body, Sql.ts(at), author)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(long id, int version, Notice.Category category, String title, String body) {
		return jdbc.sql(
				"update notice set category = ?, title = ?, body = ?, version = version + 1 where id = ? and version = ?")
			.params(category.name(), title, body, id, version)
			.update() == 1;
	}

	boolean delete(long id) {
		return jdbc.sql("delete from notice where id = ?").param(id).update() == 1;
	}

	private static Notice map(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getLong("id"), Notice.Category.valueOf(rs.getString("category")), rs.getString("title"),
				rs.getString("body"), Sql.instant(rs, "published_at"), rs.getString("author"), rs.getInt("version"));
	}

}
