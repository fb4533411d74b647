package com.dossier.attachment.web;

import java.nio.charset.StandardCharsets;

import com.dossier.attachment.record.Attachment;
import com.dossier.attachment.record.AttachmentContents;
import com.dossier.attachment.record.FileNames;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How files leave the server: the type they were stored as (only JPEG or PDF, both
 * inspected), nosniff, a Content-Disposition with the RFC 6266 name (filename* in UTF-8)
 * cleaned again and ending in the extension of that type — so no file is ever saved by a
 * browser as {@code .hta} or {@code .html}, rows stored before names were corrected
 * included — inline only when the caller asks to view, and a CSP of its own that allows
 * no script (and, for images, a sandbox without any origin).
 */
final class ContentResponse {

	/**
	 * An image document needs nothing but itself; {@code sandbox} takes away any origin
	 * it could act in.
	 */
	static final String IMAGE_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

	/**
	 * Chromium's PDF viewer is an embedded plugin, which {@code sandbox} would block:
	 * scripts stay forbidden.
	 */
	static final String PDF_POLICY = "default-src 'none'; object-src 'self'";

	private ContentResponse() {
	}

	static ResponseEntity<byte[]> of(AttachmentContents.Content content, boolean view) {
		Attachment a = content.attachment();
		return bytes(content.bytes(), a.contentType(), a.fileName(), view);
	}

	static ResponseEntity<byte[]> bytes(byte[] bytes, String contentType, String fileName, boolean view) {
		return headers(contentType, fileName, view).body(bytes);
	}

	static ResponseEntity.BodyBuilder headers(String contentType, String fileName, boolean view) {
		MediaType type = "application/pdf".equals(contentType) ? MediaType.APPLICATION_PDF : MediaType.IMAGE_JPEG;
		String name = FileNames.forType(fileName, type.toString(), "attachment");
		ContentDisposition.Builder disposition = view ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", type == MediaType.APPLICATION_PDF ? PDF_POLICY : IMAGE_POLICY)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(name, StandardCharsets.UTF_8).build().toString());
	}

}
