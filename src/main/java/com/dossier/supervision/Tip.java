package com.dossier.supervision;

/**
 * One 动态监管提示. {@code messageKey} ({@code supervision.tip.<code>}) is filled in with
 * {@code args}, which may be message keys themselves (a section's name); {@code reason}
 * is a clerk's or reviewer's stored reason, shown in the reader's language when it is a
 * preset one.
 *
 * @param section the section's code, or null
 * @param recordId the record concerned, or null
 */
record Tip(String code, Severity severity, String section, Long recordId, String link, Object[] args, String reason) {

	String messageKey() {
		return "supervision.tip." + code;
	}

}
