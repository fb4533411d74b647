package com.dossier.verification.web;

import java.util.List;

import com.dossier.verification.ScanSource.Scan;

/**
 * The clerk's page of one item: the record's fields beside its scans, and the decision
 * (made, or the form to make it when the clerk has taken the application up).
 *
 * @param decision the decision as the reader reads it, when made
 * @param reason a failure's reason in the reader's language, or null
 * @param reasons the codes of the preset reasons offered
 */
public record ItemPage(String number, long recordId, String sectionName, List<ItemLine.Field> fields, List<Scan> scans,
		boolean decided, String decision, String decidedBy, String reason, boolean mine, List<String> reasons) {
}
