package com.dossier.attachment.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;

import com.dossier.attachment.inspection.Notice;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks what a machine can check of an audit report: the enterprise name on page 1 and a
 * page titled 资产负债表. Text is compared after NFKC normalisation with all white space
 * removed, because extraction splits CJK text with spaces and scanned names mix
 * full-width and half-width brackets. Findings become warnings, never refusals.
 */
final class AuditReportCheck {

	static final String BALANCE_SHEET = "资产负债表";

	/**
	 * Reports put the balance sheet in the first few dozen pages; reading further only
	 * costs time.
	 */
	static final int MAX_PAGES = 60;

	static final Duration BUDGET = Duration.ofSeconds(5);

	/**
	 * Fewer letters than this in the pages read (page numbers, a stamp's serial) is a
	 * scan, not a text PDF.
	 */
	static final int MIN_LETTERS = 20;

	private AuditReportCheck() {
	}

	static AuditReportFindings check(PDDocument document, String enterpriseName, List<Notice> warnings,
			Duration timeBudget, PdfBudget budget) {
		String name = normalize(enterpriseName);
		int last = Math.min(document.getNumberOfPages(), MAX_PAGES);
		BoundedTextStripper stripper = new BoundedTextStripper(System.nanoTime() + timeBudget.toNanos(), budget);
		boolean nameFound = false;
		int balanceSheet = 0;
		int letters = 0;
		int checked = 0;
		try {
			for (int page = 1; page <= last && !(nameFound && balanceSheet > 0); page++) {
				String text = normalize(stripper.pageText(document, page));
				checked = page;
				letters += (int) text.codePoints().filter(Character::isLetter).count();
				if (page == 1) {
					nameFound = !name.isEmpty() && text.contains(name);
				}
				if (balanceSheet == 0 && text.contains(BALANCE_SHEET)) {
					balanceSheet = page;
				}
			}
		}
		catch (PdfBudget.ExceededException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// Out of time or a broken content stream: report what the pages read so far
			// showed.
		}
		boolean machineChecked = nameFound || balanceSheet > 0 || letters >= MIN_LETTERS;
		if (!machineChecked) {
			warnings.add(Notice.of("pdf.not_machine_checked"));
			return AuditReportFindings.notMachineChecked(checked);
		}
		if (!nameFound) {
			warnings.add(Notice.of("pdf.enterprise_name_missing", enterpriseName));
		}
		if (balanceSheet == 0) {
			warnings.add(Notice.of("pdf.balance_sheet_missing", checked));
		}
		return new AuditReportFindings(true, nameFound, balanceSheet, checked);
	}

	static String normalize(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

}
