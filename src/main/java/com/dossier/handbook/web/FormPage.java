package com.dossier.handbook.web;

import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.RejectionReasons;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;

/**
 * The record form as src/main/jte/handbook/form.jte shows it, every text resolved here:
 * the notes above it (a revision, a failed verification, a locked or pending record, a
 * save conflict), its fields, and the actions the record allows — 保存 while editable, 变更
 * for a B or C record (issue 14 #10: the note says to use it, so it is there).
 *
 * @param version the version a save must match: after a conflict, the one saved meanwhile
 * @param notes warnings and errors above the form, each with its element id
 * @param reviseAction where 变更 posts, or null when the record cannot be revised
 */
public record FormPage(String title, String sectionTitle, String action, Integer version, boolean editable,
		List<Note> notes, List<FieldView> fields, String levelLine, List<String> rules, String closeHref,
		String historyHref, String reviseAction, AttachmentPanel attachments) {

	/**
	 * {@code css} is {@code warning} or {@code error}; {@code id} names it for tests and
	 * screen readers.
	 */
	public record Note(String id, String css, String text) {
	}

	/**
	 * @param notes what to say above the fields, already in order
	 * @param theirs after a conflict, the values saved meanwhile of the fields they
	 * changed (else empty)
	 */
	static FormPage of(SectionDefinition section, HandbookRecord record, RecordForm form, List<Note> notes,
			Map<String, String> theirs, AttachmentPanel attachments, SectionTexts texts) {
		String sectionTitle = texts.text(section.nameKey());
		boolean editable = record == null || record.editable();
		List<FieldView> fields = section.fields()
			.stream()
			.map(f -> FieldView.of(f, form.value(f.key()), form.error(f.key()),
					theirs.containsKey(f.key()) ? texts.display(f, theirs.get(f.key())) : null, texts))
			.toList();
		List<String> rules = section.attachmentKinds().isEmpty() ? List.of()
				: java.util.stream.Stream
					.concat(section.ruleKeys().stream(), java.util.stream.Stream.of("handbook.form.attach-after-save"))
					.map(texts::text)
					.toList();
		String records = "/handbook/records/";
		return new FormPage(
				texts.message(record == null ? "handbook.form.title.new" : "handbook.form.title.edit",
						new Object[] { sectionTitle }),
				sectionTitle,
				record == null ? "/handbook/sections/" + section.code() + "/records" : records + record.id(),
				form.version(), editable, notes, fields,
				record == null ? null
						: texts.message("handbook.form.level", new Object[] { record.level().name() }) + " · v"
								+ record.version(),
				rules, "/handbook/sections/" + section.code(),
				record == null ? null : records + record.id() + "/history",
				record != null && record.level().revisable() && !record.deleted() ? records + record.id() + "/revision"
						: null,
				attachments);
	}

	/**
	 * What the record itself says above its form: a revision, why it failed, that it is
	 * locked or pending.
	 */
	static void recordNotes(HandbookRecord record, String revisionKey, List<Note> notes, SectionTexts texts) {
		if (record == null) {
			return;
		}
		if (record.isRevision()) {
			notes.add(new Note("revision-note", "warning",
					texts.message(revisionKey, new Object[] { String.valueOf(record.revisionOf()) })));
		}
		if (record.rejectionReason() != null) {
			notes.add(new Note("rejection", "error", texts.message("handbook.form.rejected",
					new Object[] { RejectionReasons.shown(record.rejectionReason(), texts) })));
		}
		if (!record.level().editableByEnterprise()) {
			notes.add(new Note("locked", "warning",
					texts.message("handbook.form.locked", new Object[] { record.level().name() })));
		}
		else if (!record.editable()) {
			notes.add(new Note("pending", "warning", texts.text("handbook.form.pending")));
		}
	}
}
