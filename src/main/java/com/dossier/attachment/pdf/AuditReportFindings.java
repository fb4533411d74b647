package com.dossier.attachment.pdf;

/**
 * What could be checked of the four required contents of an audit report (第一页有企业名称, 盖章页,
 * 资产负债表页, 审计单位营业执照). Only the text-bearing two are machine-checked; a PDF without text is
 * reported as not machine-checked, never refused. {@code balanceSheetPage} counts from 1,
 * 0 when none was found.
 */
public record AuditReportFindings(boolean machineChecked, boolean enterpriseNameOnFirstPage, int balanceSheetPage,
		int pagesChecked) {

	static AuditReportFindings notMachineChecked(int pagesChecked) {
		return new AuditReportFindings(false, false, 0, pagesChecked);
	}
}
