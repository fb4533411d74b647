package com.dossier.attachment.conversion;

import java.time.Instant;
import java.util.Optional;

import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.RandomIds;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The attachment_conversion table: converted images waiting for the user; ids are
 * {@link RandomIds}.
 */
@Repository
class ConversionRepository {

	/** A converted image waiting for the user to accept it. */
	record Conversion(long id, long recordId, long enterpriseId, String kind, BlobId blob, String fileName,
			String refusalCode, String createdBy) {
	}

	private final JdbcClient jdbc;

	ConversionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long recordId, long enterpriseId, String kind, BlobId blob, String fileName, String refusalCode,
			String by, Instant at) {
		long id = RandomIds.next();
		jdbc.sql("""
				insert into attachment_conversion (id, record_id, enterprise_id, kind, sha256, file_name, refusal_code,
				    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, recordId, enterpriseId, kind, blob.sha256(), fileName, refusalCode, by, Sql.ts(at))
			.update();
		return id;
	}

	Optional<Conversion> find(long id) {
		return jdbc.sql("select * from attachment_conversion where id = ?")
			.param(id)
			.query((rs, row) -> new Conversion(rs.getLong("id"), rs.getLong("record_id"), rs.getLong("enterprise_id"),
					rs.getString("kind"), new BlobId(rs.getString("sha256")), rs.getString("file_name"),
					rs.getString("refusal_code"), rs.getString("created_by")))
			.optional();
	}

	/**
	 * Whether any attachment (deleted ones too: history serves them) or pending
	 * conversion names the blob.
	 */
	boolean referenced(BlobId blob) {
		return jdbc.sql("""
				select (select count(*) from attachment where sha256 = ?)
				     + (select count(*) from attachment_conversion where sha256 = ?)""")
			.params(blob.sha256(), blob.sha256())
			.query(Long.class)
			.single() > 0;
	}

	void delete(long id) {
		jdbc.sql("delete from attachment_conversion where id = ?").param(id).update();
	}

}
