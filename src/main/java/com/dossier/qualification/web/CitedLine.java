package com.dossier.qualification.web;

import java.time.Instant;
import java.util.List;

import com.dossier.verification.ScanSource.Scan;

/**
 * One cited record as the application's pages show it: its section, level (when filed and
 * now), every field, and for the reviewer its scans and its history.
 */
public record CitedLine(int index, long recordId, String sectionName, String levelFiled, String levelNow,
		List<Field> fields, List<Scan> scans, List<Step> history) {

	public record Field(String label, String value) {
	}

	/** One version of the record: level, what happened, who and when. */
	public record Step(int version, String level, String change, String actor, Instant at) {
	}

	public String summary(boolean english) {
		return String.join(english ? "; " : "；",
				fields.stream().limit(3).map(f -> f.label() + (english ? ": " : "：") + f.value()).toList());
	}

}
