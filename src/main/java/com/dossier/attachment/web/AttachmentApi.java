package com.dossier.attachment.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import com.dossier.attachment.record.Attachment;
import com.dossier.attachment.ocr.OcrReport;
import com.dossier.attachment.record.AttachmentContents;
import com.dossier.attachment.record.AttachmentDetails;
import com.dossier.attachment.record.AttachmentUploads;
import com.dossier.attachment.record.StoredFindings;
import com.dossier.attachment.storage.RandomIds;
import com.dossier.handbook.RecordAttachments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments over REST (DESIGN §9). Uploading and deleting are the enterprise's; reading
 * the content is also the clerks', for filed records (原件校对 compares it with the
 * originals; AttachmentAccess). Ids are random ({@link RandomIds}), so one's own say
 * nothing about anyone else's.
 */
@RestController
class AttachmentApi {

	private final AttachmentUploads uploads;

	private final AttachmentContents contents;

	private final StoredFindings findings;

	private final AttachmentDetails details;

	AttachmentApi(AttachmentUploads uploads, AttachmentContents contents, StoredFindings findings,
			AttachmentDetails details) {
		this.uploads = uploads;
		this.contents = contents;
		this.findings = findings;
		this.details = details;
	}

	/**
	 * {@code ocr} is the scan pre-check (DESIGN §11), null for a file that is not read.
	 */
	record AttachmentView(long id, String kind, String fileName, long size, String sha256,
			List<RecordAttachments.Warning> warnings, String contentType, OcrReport ocr) {
	}

	@Secured("ROLE_ENTERPRISE")
	@PostMapping("/api/v1/records/{id}/attachments")
	ResponseEntity<AttachmentView> upload(@PathVariable long id, @RequestParam("kind") String kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		UploadLimits.check(file);
		Attachment a = uploads.upload(id, kind, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/attachments/" + a.id())).body(view(a));
	}

	@Secured({ "ROLE_ENTERPRISE", "ROLE_CLERK", "ROLE_REVIEWER" })
	@GetMapping("/api/v1/attachments/{id}")
	AttachmentView one(@PathVariable long id) {
		return view(details.get(id));
	}

	@Secured({ "ROLE_ENTERPRISE", "ROLE_CLERK", "ROLE_REVIEWER" })
	@GetMapping("/api/v1/attachments/{id}/content")
	ResponseEntity<byte[]> content(@PathVariable long id, @RequestParam(defaultValue = "false") boolean view) {
		return ContentResponse.of(contents.content(id), view);
	}

	@Secured("ROLE_ENTERPRISE")
	@DeleteMapping("/api/v1/attachments/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		uploads.delete(id);
		return ResponseEntity.noContent().build();
	}

	private AttachmentView view(Attachment a) {
		Locale locale = LocaleContextHolder.getLocale();
		return new AttachmentView(a.id(), a.kind(), a.fileName(), a.size(), a.blob().sha256(),
				findings.warnings(a.warnings(), locale), a.contentType(), details.ocr(a).orElse(null));
	}

}
