package com.dossier.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.Text;

/**
 * Checks the fields of one item of an import and collects them as canonical text (what is
 * stored and compared for "unchanged"); every problem is added under the item's path, so
 * that one pass reports them all.
 */
final class ItemFields {

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private final String path;

	private final List<ImportProblem> problems;

	private final LocalDate today;

	private final Map<String, String> data = new LinkedHashMap<>();

	ItemFields(String path, List<ImportProblem> problems, LocalDate today) {
		this.path = path;
		this.problems = problems;
		this.today = today;
	}

	/** The stripped text (kept in the data), or null when absent or refused. */
	String text(String key, String value, boolean required, int max) {
		if (value != null && Text.hasForbiddenCharacters(value)) {
			return reject(key, "field.invalid_character");
		}
		String s = value == null ? null : Text.strip(value);
		if (s == null || s.isEmpty()) {
			return required ? reject(key, "field.required") : null;
		}
		if (s.length() > max) {
			return reject(key, "field.too_long", max);
		}
		data.put(key, s);
		return s;
	}

	/** A {@code yyyy-MM-dd} date (kept in the data), or null when absent or refused. */
	LocalDate date(String key, String value, boolean required, boolean notInFuture) {
		String s = value == null ? null : value.strip();
		if (s == null || s.isEmpty()) {
			reject(key, required ? "field.required" : null);
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(s);
			if (date.isBefore(EARLIEST)) {
				return reject(key, "field.too_early");
			}
			if (notInFuture && date.isAfter(today)) {
				return reject(key, "field.future");
			}
			data.put(key, date.toString());
			return date;
		}
		catch (DateTimeParseException e) {
			return reject(key, "field.date");
		}
	}

	void put(String key, String canonical) {
		data.put(key, canonical);
	}

	/** Adds a problem at this item's field {@code key}; a null code adds nothing. */
	<T> T reject(String key, String code, Object... args) {
		if (code != null) {
			problems.add(new ImportProblem(path + "." + key, code, args));
		}
		return null;
	}

	Map<String, String> data() {
		return data;
	}

	LocalDate today() {
		return today;
	}

}
