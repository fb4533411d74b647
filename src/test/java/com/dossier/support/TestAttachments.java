package com.dossier.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.dossier.attachment.storage.BlobId;
import com.dossier.attachment.storage.BlobStore;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.Sql;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a record every attachment its section requires for its values, straight into the
 * tables (no inspection, no signed-in user), so that tests about filing and deciding can
 * file it: markPending refuses a record with required scans missing.
 */
@Component
public class TestAttachments {

	/**
	 * Attachment ids are random in [2^52, 2^53) (the attachment module's RandomIds), not
	 * a sequence.
	 */
	private static final long RANDOM_IDS = 1L << 52;

	/** A real one-page PDF, so that the clerk's viewer can draw it. */
	private static final byte[] ONE_PAGE = onePage();

	private final HandbookService handbook;

	private final BlobStore blobs;

	private final JdbcClient jdbc;

	TestAttachments(HandbookService handbook, BlobStore blobs, JdbcClient jdbc) {
		this.handbook = handbook;
		this.blobs = blobs;
		this.jdbc = jdbc;
	}

	/**
	 * A PDF of {@code pages} A4 pages, each with a dark band lower on every page and its
	 * number as text.
	 */
	public static byte[] pdf(int pages) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.addRect(50, 700 - 100 * i, 400, 60);
					content.fill();
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
					content.newLineAtOffset(50, 780);
					content.showText("Page " + i);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] onePage() {
		return pdf(1);
	}

	public void attachRequired(long enterpriseId, long recordId) {
		attachRequired(handbook.get(enterpriseId, recordId));
	}

	public HandbookRecord attachRequired(HandbookRecord record) {
		return attachRequired(record, ONE_PAGE, 1);
	}

	/**
	 * As {@link #attachRequired(HandbookRecord)}, each required scan being this PDF of
	 * {@code pages} pages.
	 */
	public HandbookRecord attachRequired(HandbookRecord record, byte[] pdf, int pages) {
		for (AttachmentKind kind : handbook.definition(record).attachmentKinds()) {
			if (kind.requiredFor(record.data())) {
				BlobId blob = blobs.put(pdf);
				jdbc.sql("""
						insert into attachment (id, record_id, enterprise_id, kind, sha256, file_name, size_bytes,
						    content_type, facts, warnings, uploaded_by, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 'test', ?)""")
					.params(RANDOM_IDS + ThreadLocalRandom.current().nextLong(RANDOM_IDS), record.id(),
							record.enterpriseId(), kind.code(), blob.sha256(), kind.code() + ".pdf", (long) pdf.length,
							"application/pdf", "{\"pages\":" + pages + "}", Sql.ts(Instant.now()))
					.update();
			}
		}
		return record;
	}

}
