package com.dossier.handbook.web;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 删除 of an attachment asks first (issue 14 #9). With scripts the form's own question (a
 * confirm dialog) asks and posts to the delete itself; without them the button lands
 * here, a page that asks the same question and whose 确定删除 posts the delete. Nothing is
 * deleted by this page; the attachment module deletes and checks the record may still
 * change.
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class AttachmentDeletePage {

	private final RecordLifecycle lifecycle;

	private final ObjectProvider<RecordAttachments> attachments;

	private final SectionTexts texts;

	AttachmentDeletePage(RecordLifecycle lifecycle, ObjectProvider<RecordAttachments> attachments, SectionTexts texts) {
		this.lifecycle = lifecycle;
		this.attachments = attachments;
		this.texts = texts;
	}

	@PostMapping("/handbook/records/{recordId}/attachments/{id}/delete")
	String ask(@PathVariable long recordId, @PathVariable long id, Model model) {
		HandbookRecord record = lifecycle.requireEditable(HandbookPages.enterprise(), recordId);
		RecordAttachments source = attachments.getIfAvailable();
		RecordAttachments.Attached file = (source == null ? java.util.List.<RecordAttachments.Attached>of()
				: source.of(record.id()))
			.stream()
			.filter(a -> a.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
		model.addAttribute("question",
				new DeleteQuestion(texts.message("attachment.delete.confirm", new Object[] { file.fileName() }),
						"/handbook/attachments/" + id + "/delete", "/handbook/records/" + record.id() + "/edit"));
		HandbookMenu.activate(model, record.section());
		return "attachment/delete";
	}

}
