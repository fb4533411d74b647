package com.dossier.attachment.pdf;

import java.util.List;

/**
 * The audit-report content checks of {@link AuditReportCheck} on text recognised from a
 * scanned report (one string per page): the same normalisation, the same two findings.
 */
public final class AuditReportText {

	private AuditReportText() {
	}

	public static AuditReportFindings check(List<String> pages, String enterpriseName) {
		String name = AuditReportCheck.normalize(enterpriseName);
		boolean nameFound = !pages.isEmpty() && !name.isEmpty()
				&& AuditReportCheck.normalize(pages.get(0)).contains(name);
		int balanceSheet = 0;
		for (int i = 0; i < pages.size() && balanceSheet == 0; i++) {
			if (AuditReportCheck.normalize(pages.get(i)).contains(AuditReportCheck.BALANCE_SHEET)) {
				balanceSheet = i + 1;
			}
		}
		return new AuditReportFindings(true, nameFound, balanceSheet, pages.size());
	}

	public static String balanceSheetTitle() {
		return AuditReportCheck.BALANCE_SHEET;
	}

}
