package com.dossier.attachment.web;

import com.dossier.attachment.conversion.Paper;
import com.dossier.attachment.record.Attachment;
import com.dossier.attachment.record.AttachmentService;

import java.io.IOException;

import com.dossier.shared.Sizes;
import com.dossier.shared.DossierException;
import com.dossier.shared.web.Flash;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record form's attachment actions: upload, delete, and 图片自动调整 — a refused scan that conversion can fix
 * leads to a preview of the converted JPEG (kept in the blob store, named by a conversion row, never in this
 * node's memory), attached only once the user accepts it.
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class AttachmentPages {

	/** Photos for 图片自动调整 may be large; what is attached is checked by its policy after conversion. */
	static final long MAX_PAGE_UPLOAD = 10L * 1024 * 1024;

	private final AttachmentService attachments;

	private final Flash flash;

	AttachmentPages(AttachmentService attachments, Flash flash) {
		this.attachments = attachments;
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
			flash.error(redirect, "error.attachment.too_large", Sizes.kb(file.getSize()),
					Sizes.kb(MAX_PAGE_UPLOAD));
			return back;
		}
		try {
			AttachmentService.Outcome outcome = attachments.uploadOrOffer(id, kind, file.getOriginalFilename(),
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
		Attachment deleted = attachments.delete(id);
		flash.success(redirect, "attachment.flash.deleted", deleted.fileName());
		return edit(deleted.recordId());
	}

	@GetMapping("/handbook/attachments/conversions/{id}")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("preview", attachments.preview(id));
		return "attachment/convert";
	}

	@GetMapping("/handbook/attachments/conversions/{id}/image")
	ResponseEntity<byte[]> previewImage(@PathVariable long id) {
		AttachmentService.Preview p = attachments.preview(id);
		return ContentResponse.bytes(p.content(), "image/jpeg", p.fileName(), true);
	}

	@PostMapping("/handbook/attachments/conversions/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		Attachment a = attachments.acceptConversion(id);
		flash.success(redirect, "attachment.flash.converted", a.fileName());
		return edit(a.recordId());
	}

	@PostMapping("/handbook/attachments/conversions/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		long record = attachments.preview(id).recordId();
		attachments.discardConversion(id);
		flash.success(redirect, "attachment.flash.discarded");
		return edit(record);
	}

	private static String edit(long recordId) {
		return "redirect:/handbook/records/" + recordId + "/edit";
	}
}
