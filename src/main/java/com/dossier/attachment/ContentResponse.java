package com.dossier.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How stored files leave the server: the type they were stored as (only JPEG or PDF, both inspected), nosniff, a
 * Content-Disposition with the RFC 6266 name (filename* in UTF-8), inline only when the caller asks to view, and
 * a sandbox CSP so that even a viewer that misbehaves runs no script of ours.
 */
final class ContentResponse {

	private ContentResponse() {
	}

	static ResponseEntity<byte[]> of(AttachmentService.Content content, boolean view) {
		Attachment a = content.attachment();
		return bytes(content.bytes(), a.contentType(), a.fileName(), view);
	}

	static ResponseEntity<byte[]> bytes(byte[] bytes, String contentType, String fileName, boolean view) {
		MediaType type = "application/pdf".equals(contentType) ? MediaType.APPLICATION_PDF : MediaType.IMAGE_JPEG;
		ContentDisposition.Builder disposition = view ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}
}
