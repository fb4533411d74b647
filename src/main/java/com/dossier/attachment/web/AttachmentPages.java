package com.dossier.attachment.web;

import java.io.IOException;

import com.dossier.attachment.conversion.ImageConformer;
import com.dossier.attachment.conversion.ImageConversions;
import com.dossier.attachment.conversion.Paper;
import com.dossier.attachment.record.Attachment;
import com.dossier.attachment.record.AttachmentUploads;
import com.dossier.shared.DossierException;
import com.dossier.shared.Sizes;
import com.dossier.shared.web.Flash;

import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record form's attachment actions: upload and delete. A refused scan that 图片自动调整 can
 * fix leads to its preview ({@link ConversionPages}).
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class AttachmentPages {

	/**
	 * What the form takes: as large as a scanner makes a page (a 300-dpi A4 PNG is about
	 * 15 MB), because 图片自动调整 can turn it into a conforming JPEG; what is attached is
	 * judged by its kind's policy (PDFs under 1 MB), which refuses with the measured
	 * size.
	 */
	static final long MAX_PAGE_UPLOAD = ImageConformer.MAX_SOURCE_BYTES;

	private final AttachmentUploads uploads;

	private final ImageConversions conversions;

	private final Flash flash;

	AttachmentPages(AttachmentUploads uploads, ImageConversions conversions, Flash flash) {
		this.uploads = uploads;
		this.conversions = conversions;
		this.flash = flash;
	}

	@PostMapping("/handbook/records/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Paper paper,
			RedirectAttributes redirect) throws IOException {
		String back = edit(id);
		if (file == null || file.isEmpty()) {
			flash.error(redirect, "error.attachment.empty");
			return back;
		}
		if (file.getSize() > MAX_PAGE_UPLOAD) {
			flash.error(redirect, "error.attachment.too_large", Sizes.kb(file.getSize()), Sizes.kb(MAX_PAGE_UPLOAD));
			return back;
		}
		try {
			ImageConversions.Outcome outcome = conversions.uploadOrOffer(id, kind, file.getOriginalFilename(),
					file.getBytes(), paper);
			if (outcome.attached() != null) {
				flash.success(redirect, "attachment.flash.uploaded", outcome.attached().fileName());
				return back;
			}
			flash.error(redirect, outcome.refusal().messageKey(), outcome.refusal().args());
			if (outcome.conversionId() != null) {
				return "redirect:/handbook/attachments/conversions/" + outcome.conversionId();
			}
			return back;
		}
		catch (DossierException e) {
			if (e.status().is4xxClientError() && !"record.not_found".equals(e.code())) {
				flash.error(redirect, e.messageKey(), e.args());
				return back;
			}
			throw e;
		}
	}

	@PostMapping("/handbook/attachments/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Attachment deleted = uploads.delete(id);
		flash.success(redirect, "attachment.flash.deleted", deleted.fileName());
		return edit(deleted.recordId());
	}

	static String edit(long recordId) {
		return "redirect:/handbook/records/" + recordId + "/edit";
	}

}
