package com.dossier.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * What the signed-in user should fix (动态监管提示): the shell's menu shows how many, the
 * landing page the most serious. One module supplies it as a bean, so the layout knows
 * nothing of how they are found.
 */
public interface Reminders {

	/** How many there are for the current user, or null when the user has none to fix. */
	Integer count();

	/** The most serious first, at most {@code max}, in {@code locale}. */
	List<Reminder> top(int max, Locale locale);

	/** One reminder as a page shows it: severity ERROR, WARNING or INFO. */
	record Reminder(String severity, String message, String link) {
	}

	/** When no module supplies reminders. */
	Reminders NONE = new Reminders() {
		@Override
		public Integer count() {
			return null;
		}

		@Override
		public List<Reminder> top(int max, Locale locale) {
			return List.of();
		}
	};

}
