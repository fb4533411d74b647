package com.dossier.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * An 18-digit PRC resident identity number (GB 11643-1999): 6-digit region, birth date
 * yyyyMMdd, 3-digit sequence and a check character (0-9 or X) computed with ISO 7064 MOD
 * 11-2. A typo in any one digit changes the check character, which is why we refuse
 * numbers whose check does not match instead of only checking the length. A record holds
 * a well-formed number; whether its birth date has already come is asked with the day
 * ({@link #isValid(String, LocalDate)}).
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	/**
	 * The first two digits: provinces of GB/T 2260, and 81–83 of the residence permits of
	 * Hong Kong, Macao and Taiwan residents.
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	public IdNumber {
		if (!isValid(value, LocalDate.MAX)) {
			throw new IllegalArgumentException("not a valid ID number");
		}
		value = value.toUpperCase();
	}

	public static Optional<IdNumber> parse(String text, LocalDate today) {
		return isValid(text, today) ? Optional.of(new IdNumber(text.trim())) : Optional.empty();
	}

	/**
	 * Well formed, with its check character, and of someone born from 1900 up to
	 * {@code today}.
	 */
	public static boolean isValid(String text, LocalDate today) {
		return problem(text, today).isEmpty();
	}

	/**
	 * The first part of the number that is wrong, in the order a person reads it: its
	 * form, the region (the province in the first two digits), the birth date (month,
	 * day, year, not after {@code today}), the sequence and last the check character —
	 * which a typo anywhere changes, so it is blamed only when everything before it is
	 * plausible.
	 */
	public static Optional<ValueProblem> problem(String text, LocalDate today) {
		String s = text == null ? "" : text.trim().toUpperCase();
		if (!s.matches("\\d{17}[0-9X]")) {
			return Optional.of(ValueProblem.of("id_number.format", String.valueOf(s.length())));
		}
		if (!PROVINCES.contains(s.substring(0, 2))) {
			return Optional.of(ValueProblem.of("id_number.region", s.substring(0, 6)));
		}
		Optional<ValueProblem> birth = birthProblem(s, today);
		if (birth.isPresent()) {
			return birth;
		}
		if (s.startsWith("000", 14)) {
			return Optional.of(ValueProblem.of("id_number.sequence"));
		}
		return checkCharacter(s) == s.charAt(17) ? Optional.empty()
				: Optional.of(ValueProblem.of("id_number.check_digit"));
	}

	private static Optional<ValueProblem> birthProblem(String s, LocalDate today) {
		String year = s.substring(6, 10);
		String month = s.substring(10, 12);
		String day = s.substring(12, 14);
		int m = Integer.parseInt(month);
		if (m < 1 || m > 12) {
			return Optional.of(ValueProblem.of("id_number.birth_month", month));
		}
		Optional<LocalDate> born = birthDate(s);
		if (born.isEmpty() && Integer.parseInt(year) >= 1900) {
			return Optional.of(ValueProblem.of("id_number.birth_day", day, year + "-" + month));
		}
		if (born.isEmpty()) {
			return Optional.of(ValueProblem.of("id_number.birth_year", year));
		}
		return born.get().isAfter(today) ? Optional.of(ValueProblem.of("id_number.birth_future", born.get().toString()))
				: Optional.empty();
	}

	public LocalDate birthDate() {
		return birthDate(value).orElseThrow();
	}

	/**
	 * The check character that completes the first 17 characters (for generating test and
	 * demo numbers).
	 */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static Optional<LocalDate> birthDate(String s) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
					Integer.parseInt(s.substring(12, 14)));
			return date.getYear() >= 1900 ? Optional.of(date) : Optional.empty();
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
