package com.dossier.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a record every attachment its section requires for its values, straight into the tables (no inspection,
 * no signed-in user), so that tests about filing and deciding can file it: markPending refuses a record with
 * required scans missing.
 */
@Component
public class TestAttachments {

	/** Attachment ids are random in [2^52, 2^53) (the attachment module's RandomIds), not a sequence. */
	private static final long RANDOM_IDS = 1L << 52;

	private final HandbookService handbook;

	private final BlobStore blobs;

	private final JdbcClient jdbc;

	TestAttachments(HandbookService handbook, BlobStore blobs, JdbcClient jdbc) {
		this.handbook = handbook;
		this.blobs = blobs;
		this.jdbc = jdbc;
	}

	public void attachRequired(long enterpriseId, long recordId) {
		attachRequired(handbook.get(enterpriseId, recordId));
	}

	public HandbookRecord attachRequired(HandbookRecord record) {
		for (AttachmentKind kind : handbook.definition(record).attachmentKinds()) {
			if (kind.requiredFor(record.data())) {
				BlobId blob = blobs.put(("test " + kind.code()).getBytes(StandardCharsets.UTF_8));
				jdbc.sql("""
						insert into attachment (id, record_id, enterprise_id, kind, sha256, file_name, size_bytes,
						    content_type, facts, warnings, uploaded_by, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, '{"pages":1}', '[]', 'test', ?)""")
					.params(RANDOM_IDS + ThreadLocalRandom.current().nextLong(RANDOM_IDS), record.id(), record.enterpriseId(), kind.code(), blob.sha256(), kind.code() + ".pdf",
							10L, "application/pdf", Sql.ts(Instant.now()))
					.update();
			}
		}
		return record;
	}
}
