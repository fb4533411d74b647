package com.dossier.handbook;

import java.util.Set;

/**
 * What a review asks of a section: the qualification cases that need a record in force,
 * and, for a yearly section, which record counts for a year (the audit report: an
 * {@code ANNUAL} one whose {@code year} is last year).
 *
 * @param yearly the yearly rule, or null
 */
public record Requirements(Set<QualificationCase> cases, Yearly yearly) {

	public Requirements {
		cases = Set.copyOf(cases);
	}

	/**
	 * A record of this section counts for a year when its {@code yearField} holds the
	 * year and {@code typeField} (if any) holds {@code typeValue}.
	 */
	public record Yearly(String yearField, String typeField, String typeValue) {

		public boolean counts(java.util.Map<String, String> data, int year) {
			return String.valueOf(year).equals(data.get(yearField))
					&& (typeField == null || typeValue.equals(data.get(typeField)));
		}

	}

}
