package com.dossier.attachment.web;

import com.dossier.attachment.conversion.ImageConversions;
import com.dossier.attachment.record.Attachment;
import com.dossier.shared.web.Flash;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 图片自动调整 on the record form: the preview of the converted JPEG, and the user's choice to
 * attach it or not.
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class ConversionPages {

	private final ImageConversions conversions;

	private final Flash flash;

	ConversionPages(ImageConversions conversions, Flash flash) {
		this.conversions = conversions;
		this.flash = flash;
	}

	@GetMapping("/handbook/attachments/conversions/{id}")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("conversion", ConversionView.of(conversions.preview(id)));
		return "attachment/convert";
	}

	@GetMapping("/handbook/attachments/conversions/{id}/image")
	ResponseEntity<byte[]> previewImage(@PathVariable long id) {
		ImageConversions.Preview p = conversions.preview(id);
		return ContentResponse.bytes(p.content(), "image/jpeg", p.fileName(), true);
	}

	@PostMapping("/handbook/attachments/conversions/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		Attachment a = conversions.accept(id);
		flash.success(redirect, "attachment.flash.converted", a.fileName());
		return AttachmentPages.edit(a.recordId());
	}

	@PostMapping("/handbook/attachments/conversions/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		long record = conversions.preview(id).recordId();
		conversions.discard(id);
		flash.success(redirect, "attachment.flash.discarded");
		return AttachmentPages.edit(record);
	}

}
