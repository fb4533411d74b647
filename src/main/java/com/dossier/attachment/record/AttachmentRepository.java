package com.dossier.attachment.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.RandomIds;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attachment table; new rows get {@link RandomIds}, never a sequence. */
@Repository
class AttachmentRepository {

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Attachment a) {
		long id = RandomIds.next();
		jdbc.sql("""
				insert into attachment (id, record_id, enterprise_id, kind, sha256, file_name, size_bytes, content_type,
				    facts, warnings, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, a.recordId(), a.enterpriseId(), a.kind(), a.blob().sha256(), a.fileName(), a.size(),
					a.contentType(), a.facts(), a.warnings(), a.uploadedBy(), Sql.ts(a.uploadedAt()))
			.update();
		return id;
	}

	Optional<Attachment> find(long id) {
		return jdbc.sql("select * from attachment where id = ?").param(id).query(AttachmentRepository::map).optional();
	}

	/**
	 * Live attachments of a record, oldest first (ids are random: the upload time orders,
	 * copies keep theirs).
	 */
	List<Attachment> live(long recordId) {
		return jdbc.sql("select * from attachment where record_id = ? and deleted_at is null order by uploaded_at, id")
			.param(recordId)
			.query(AttachmentRepository::map)
			.list();
	}

	/**
	 * The current attachments of several records in one query, oldest first within each
	 * record.
	 */
	List<Attachment> live(Collection<Long> recordIds) {
		String marks = String.join(", ", Collections.nCopies(recordIds.size(), "?"));
		return jdbc
			.sql("select * from attachment where record_id in (" + marks
					+ ") and deleted_at is null order by uploaded_at, id")
			.params(List.copyOf(recordIds))
			.query(AttachmentRepository::map)
			.list();
	}

	/** Every attachment a record ever had, deleted ones too, oldest first. */
	List<Attachment> all(long recordId) {
		return jdbc.sql("select * from attachment where record_id = ? order by uploaded_at, id")
			.param(recordId)
			.query(AttachmentRepository::map)
			.list();
	}

	boolean markDeleted(long id, String by, Instant at) {
		return jdbc.sql("update attachment set deleted_by = ?, deleted_at = ? where id = ? and deleted_at is null")
			.params(by, Sql.ts(at), id)
			.update() == 1;
	}

	/**
	 * New rows (new ids) on {@code to} for the live files of {@code from}, same blobs,
	 * names, findings, uploaders.
	 */
	int copyLive(long from, long to) {
		List<Attachment> live = live(from);
		live.forEach(a -> insert(new Attachment(0, to, a.enterpriseId(), a.kind(), a.blob(), a.fileName(), a.size(),
				a.contentType(), a.facts(), a.warnings(), a.uploadedBy(), a.uploadedAt(), null, null)));
		return live.size();
	}

	int markAllDeleted(long recordId, String by, Instant at) {
		return jdbc
			.sql("update attachment set deleted_by = ?, deleted_at = ? where record_id = ? and deleted_at is null")
			.params(by, Sql.ts(at), recordId)
			.update();
	}

	private static Attachment map(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("record_id"), rs.getLong("enterprise_id"),
				rs.getString("kind"), new BlobId(rs.getString("sha256")), rs.getString("file_name"),
				rs.getLong("size_bytes"), rs.getString("content_type"), rs.getString("facts"), rs.getString("warnings"),
				rs.getString("uploaded_by"), Sql.instant(rs, "uploaded_at"), rs.getString("deleted_by"),
				rs.getObject("deleted_at") == null ? null : Sql.instant(rs, "deleted_at"));
	}

}
