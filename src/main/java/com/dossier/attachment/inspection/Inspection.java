package com.dossier.attachment.inspection;

import java.util.List;

/**
 * The verdict of a policy on one file: accepted with the measured facts and any warnings
 * for the user to look at, or refused with one stable code and the measured value.
 * Refusal is a value here; the upload turns it into an exception (422) at the edge.
 */
public record Inspection<F>(F facts, List<Notice> warnings, Notice refusal) {

	public Inspection {
		warnings = List.copyOf(warnings);
	}

	public static <F> Inspection<F> accepted(F facts, List<Notice> warnings) {
		return new Inspection<>(facts, warnings, null);
	}

	public static <F> Inspection<F> refused(String code, Object... measured) {
		return new Inspection<>(null, List.of(), Notice.of(code, measured));
	}

	public boolean isAccepted() {
		return refusal == null;
	}

	/**
	 * The refusal's code, or {@code null} when accepted; convenient in tests and audit
	 * details.
	 */
	public String refusalCode() {
		return refusal == null ? null : refusal.code();
	}
}
