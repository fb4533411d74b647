package com.dossier.verification.web;

import java.util.List;

/**
 * One item of an application as every page shows it — the clerk's application, the
 * enterprise's list and the print view share one table ({@code verification/items.jte}) —
 * with every text already in the reader's language.
 *
 * @param keyFields the section's first fields, for a one-line summary
 * @param fields every field of the section definition, for the printed form the clerk
 * compares with the originals
 * @param state {@code none}, {@code withdrawn}, {@code PASS} or {@code FAIL}: the
 * decision cell's class
 * @param decision what the decision cell reads (待校对, 已撤回, 通过, 不通过)
 * @param reason a failure's reason in the reader's language (a preset reason translated),
 * or null
 */
public record ItemLine(int index, long recordId, String sectionName, List<Field> keyFields, List<Field> fields,
		String state, String decision, String reason, int scanCount) {

	/** A label and a display value. */
	public record Field(String label, String value) {
	}

	/** The key fields on one line, separated as the reader's language writes it. */
	public String summary(boolean english) {
		String between = english ? ": " : "：";
		String joiner = english ? "; " : "；";
		return String.join(joiner, keyFields.stream().map(f -> f.label() + between + f.value()).toList());
	}
}
