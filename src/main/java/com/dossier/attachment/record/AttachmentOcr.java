package com.dossier.attachment.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.dossier.attachment.ocr.OcrQueue;
import com.dossier.attachment.ocr.OcrReport;
import com.dossier.attachment.ocr.OcrRow;
import com.dossier.attachment.ocr.OcrState;
import com.dossier.attachment.ocr.ValueMatch;
import com.dossier.attachment.pdf.AuditReportFindings;
import com.dossier.attachment.pdf.AuditReportText;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;

import org.springframework.stereotype.Component;

/**
 * An attachment's scan pre-check: what its kind says the scan shows
 * ({@link AttachmentKind#shows}), looked up in the recognised text against the record's
 * current values — so a corrected value is checked again without reading the scan again.
 * A scanned audit report (its upload found no text) also gets the audit-report content
 * checks.
 */
@Component
class AttachmentOcr {

	static final String NOT_MACHINE_CHECKED = "\"pdf.not_machine_checked\"";

	private final OcrQueue queue;

	private final SectionTexts texts;

	private final EnterpriseService enterprises;

	AttachmentOcr(OcrQueue queue, SectionTexts texts, EnterpriseService enterprises) {
		this.queue = queue;
		this.texts = texts;
		this.enterprises = enterprises;
	}

	/** Images and scanned PDFs are read; a PDF with text was checked at upload. */
	static boolean wanted(String contentType, String storedWarnings) {
		return !"application/pdf".equals(contentType) || storedWarnings.contains(NOT_MACHINE_CHECKED);
	}

	/**
	 * Empty for a file that is not read (a text PDF, or one uploaded before scans were
	 * read).
	 */
	Optional<OcrReport> report(Attachment a, HandbookRecord record, SectionDefinition section) {
		Optional<OcrRow> row = queue.find(a.id());
		if (row.isEmpty() || row.get().state() != OcrState.DONE) {
			// a revision's copy has no row: the reading of the same bytes serves
			Optional<OcrRow> same = queue.findByContent(a.blob().sha256());
			row = same.isPresent() ? same : row;
		}
		return row.map(r -> r.state() == OcrState.DONE ? done(a, r.text(), record, section)
				: new OcrReport(r.state().status(), List.of(), null));
	}

	private OcrReport done(Attachment a, String text, HandbookRecord record, SectionDefinition section) {
		List<OcrReport.Match> matches = new ArrayList<>();
		AttachmentKind kind = section.attachmentKinds()
			.stream()
			.filter(k -> k.code().equals(a.kind()))
			.findFirst()
			.orElse(null);
		for (String key : kind == null ? List.<String>of() : kind.shows()) {
			FieldDef field = section.field(key).orElseThrow();
			String value = record.data().get(key);
			if (value != null && !value.isBlank()) {
				matches.add(new OcrReport.Match(key, texts.text(field.labelKey()), texts.display(field, value),
						ValueMatch.found(field.type(), value, text)));
			}
		}
		if (a.warnings().contains(NOT_MACHINE_CHECKED)) {
			String name = enterprises.find(a.enterpriseId()).map(Enterprise::name).orElse("");
			AuditReportFindings f = AuditReportText.check(List.of(text.split(OcrRow.PAGE_BREAK, -1)), name);
			matches.add(new OcrReport.Match("enterpriseName", texts.text("ocr.check.enterprise-name"), name,
					f.enterpriseNameOnFirstPage()));
			matches.add(new OcrReport.Match("balanceSheet", texts.text("ocr.check.balance-sheet"),
					AuditReportText.balanceSheetTitle(), f.balanceSheetPage() > 0));
		}
		return new OcrReport(OcrState.DONE.status(), List.copyOf(matches), text);
	}

}
