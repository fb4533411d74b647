package com.dossier.attachment.pdf;

/**
 * What the inspection of an accepted PDF measured; {@code auditReport} is present only
 * when the PDF was checked as an audit report.
 */
public record PdfFacts(long bytes, int pages, String version, AuditReportFindings auditReport) {
}
