package com.dossier.attachment.storage;

import java.time.Clock;
import java.util.Optional;

import com.dossier.shared.Sql;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Blobs in the {@code attachment_blob} table (bytea). Storing content that is already
 * there is a no-op. On PostgreSQL that takes {@code on conflict do nothing}, the one form
 * under which a concurrent store of the same content cannot fail (a unique violation
 * would abort the caller's whole transaction); H2 lacks it, and the embedded single-node
 * database is served by a standard {@code merge}. Two merges of the same new content at
 * once can both find it missing, and the second insert then fails alone: H2 fails the
 * statement, not the transaction, and the content it wanted stored is there.
 */
class DatabaseBlobStore implements BlobStore {

	private static final String POSTGRES_INSERT = """
			insert into attachment_blob (sha256, size_bytes, content, created_at) values (?, ?, ?, ?)
			on conflict (sha256) do nothing""";

	private static final String STANDARD_MERGE = """
			merge into attachment_blob b using (values (cast(? as varchar(64)))) s (sha256) on b.sha256 = s.sha256
			when not matched then insert (sha256, size_bytes, content, created_at) values (s.sha256, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final String insert;

	private final boolean postgres;

	private final Clock clock;

	DatabaseBlobStore(JdbcClient jdbc, boolean postgres, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.insert = postgres ? POSTGRES_INSERT : STANDARD_MERGE;
		this.postgres = postgres;
	}

	@Override
	public BlobId put(byte[] content) {
		BlobId id = BlobId.of(content);
		try {
			jdbc.sql(insert).params(id.sha256(), (long) content.length, content, Sql.ts(clock.instant())).update();
		}
		catch (DuplicateKeyException e) {
			if (postgres) {
				throw e;
			}
		}
		return id;
	}

	@Override
	public Optional<byte[]> get(BlobId id) {
		return jdbc.sql("select content from attachment_blob where sha256 = ?")
			.param(id.sha256())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	@Override
	public boolean contains(BlobId id) {
		return jdbc.sql("select count(*) from attachment_blob where sha256 = ?")
			.param(id.sha256())
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public void delete(BlobId id) {
		jdbc.sql("delete from attachment_blob where sha256 = ?").param(id.sha256()).update();
	}

	@Override
	public boolean reachable() {
		jdbc.sql("select count(*) from attachment_blob where 1 = 0").query(Long.class).single();
		return true;
	}

}
