package com.dossier.handbook.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.AttachmentPolicy;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RecordAttachments;
import com.dossier.handbook.RecordReadiness;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.Sizes;

/**
 * The record form's attachments, per kind of the section, as
 * src/main/jte/attachment/kinds.jte shows them: what is still missing, each file with its
 * measured facts, and whether the user may still delete and upload. Before the record is
 * saved there is no list (its rules already say *信息保存后才能上传附件).
 *
 * @param recordId the record's id, or null before it is saved
 */
public record AttachmentPanel(Long recordId, boolean editable, List<String> missing, List<Kind> kinds) {

	/**
	 * {@code pdf}: the kind takes PDFs (else JPEG scans, with the paper choice of
	 * 图片自动调整).
	 */
	public record Kind(String code, String label, boolean required, boolean pdf, String uploadLabel, List<File> files) {
	}

	/**
	 * One file; {@code confirmDelete} is the question before 删除, {@code deleteAction} the
	 * page asking it (for browsers without scripts) and {@code deletedAction} the delete
	 * itself.
	 */
	public record File(long id, String name, String size, String facts, String uploadedBy, Instant uploadedAt,
			List<String> warnings, boolean jpeg, boolean pdf, String confirmDelete, String deleteAction,
			String deletedAction) {
	}

	static AttachmentPanel of(SectionDefinition section, HandbookRecord record, boolean editable,
			List<RecordAttachments.Attached> attached, List<RecordReadiness.Missing> missing, SectionTexts texts) {
		Map<String, List<RecordAttachments.Attached>> byKind = attached.stream()
			.collect(Collectors.groupingBy(RecordAttachments.Attached::kind));
		List<Kind> kinds = section.attachmentKinds()
			.stream()
			.map(k -> kind(k, record, byKind.getOrDefault(k.code(), List.of()), texts))
			.toList();
		List<String> missingTexts = missing.stream().map(m -> texts.message(m.messageKey(), m.args())).toList();
		return new AttachmentPanel(record == null ? null : record.id(), editable, missingTexts, kinds);
	}

	private static Kind kind(AttachmentKind k, HandbookRecord record, List<RecordAttachments.Attached> files,
			SectionTexts texts) {
		String label = texts.text(k.labelKey());
		List<File> list = files.stream().map(a -> file(a, record, texts)).toList();
		return new Kind(k.code(), label, k.required(), k.policy() == AttachmentPolicy.PDF,
				texts.message("attachment.upload.kind", new Object[] { label }), list);
	}

	private static File file(RecordAttachments.Attached a, HandbookRecord record, SectionTexts texts) {
		return new File(a.id(), a.fileName(), texts.message("attachment.size", new Object[] { Sizes.kb(a.size()) }),
				a.facts(), a.uploadedBy(), a.uploadedAt(),
				a.warnings().stream().map(RecordAttachments.Warning::message).toList(),
				"image/jpeg".equals(a.contentType()), "application/pdf".equals(a.contentType()),
				texts.message("attachment.delete.confirm", new Object[] { a.fileName() }),
				"/handbook/records/" + record.id() + "/attachments/" + a.id() + "/delete",
				"/handbook/attachments/" + a.id() + "/delete");
	}

	public boolean saved() {
		return recordId != null;
	}

	public boolean shown() {
		return !kinds.isEmpty();
	}
}
