package com.dossier.attachment.ocr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachment_ocr table. Claiming is a conditional update on the row's state (and, for
 * a stale RUNNING row, on its old claim time): of two workers that pick the same row only
 * one update counts, on H2 as on PostgreSQL, and no lock is held while a page is read.
 */
@Repository
class OcrRepository {

	static final int MAX_TEXT = 200_000;

	private final JdbcClient jdbc;

	OcrRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long attachmentId, String sha256, String contentType, OcrState state, Instant at) {
		jdbc.sql("""
				insert into attachment_ocr (attachment_id, sha256, content_type, state, attempts, queued_at)
				values (?, ?, ?, ?, 0, ?)""")
			.params(attachmentId, sha256, contentType, state.name(), Sql.ts(at))
			.update();
	}

	Optional<OcrRow> find(long attachmentId) {
		return jdbc.sql("select * from attachment_ocr where attachment_id = ?")
			.param(attachmentId)
			.query(OcrRepository::map)
			.optional();
	}

	/** A finished reading of the same bytes (a revision's copy, the same file again). */
	Optional<OcrRow> doneWithSameContent(String sha256) {
		return jdbc.sql(
				"select * from attachment_ocr where sha256 = ? and state = 'DONE' order by finished_at, attachment_id limit 1")
			.param(sha256)
			.query(OcrRepository::map)
			.optional();
	}

	/** Up to {@code limit} rows a worker may take, oldest first. */
	List<Long> claimable(Instant staleBefore, int limit) {
		return jdbc.sql("""
				select attachment_id from attachment_ocr
				where state = 'QUEUED' or (state = 'RUNNING' and claimed_at < ?)
				order by queued_at, attachment_id limit ?""")
			.params(Sql.ts(staleBefore), limit)
			.query((rs, n) -> rs.getLong(1))
			.list();
	}

	/** True when this worker took the row; false when another was first. */
	boolean claim(long attachmentId, String worker, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update attachment_ocr set state = 'RUNNING', claimed_by = ?, claimed_at = ?, attempts = attempts + 1
				where attachment_id = ? and (state = 'QUEUED' or (state = 'RUNNING' and claimed_at < ?))""")
			.params(worker, Sql.ts(now), attachmentId, Sql.ts(staleBefore))
			.update() == 1;
	}

	/**
	 * The outcome, written only by the worker holding the claim (a stale claim taken over
	 * meanwhile wins).
	 */
	boolean finish(long attachmentId, String worker, OcrState state, Instant at, Integer pages, Long millis,
			String error, String text) {
		return jdbc
			.sql("""
					update attachment_ocr set state = ?, finished_at = ?, pages = ?, millis = ?, error = ?, content_text = ?,
					    claimed_by = null, claimed_at = null
					where attachment_id = ? and state = 'RUNNING' and claimed_by = ?""")
			.params(state.name(), Sql.ts(at), pages, millis, Sql.cut(error, 200), Sql.cut(text, MAX_TEXT), attachmentId,
					worker)
			.update() == 1;
	}

	/** Rows marked while no reader was installed, queued again now that one is. */
	int requeueUnavailable() {
		return jdbc.sql("update attachment_ocr set state = 'QUEUED', attempts = 0 where state = 'UNAVAILABLE'")
			.update();
	}

	private static OcrRow map(ResultSet rs, int n) throws SQLException {
		return new OcrRow(rs.getLong("attachment_id"), rs.getString("sha256"), rs.getString("content_type"),
				OcrState.valueOf(rs.getString("state")), rs.getInt("attempts"), Sql.instant(rs, "queued_at"),
				rs.getString("claimed_by"), Sql.instant(rs, "claimed_at"), Sql.instant(rs, "finished_at"),
				(Integer) rs.getObject("pages", Integer.class), (Long) rs.getObject("millis", Long.class),
				rs.getString("error"), rs.getString("content_text"));
	}

}
