package com.dossier.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

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
		if (text == null) {
			return false;
		}
		String s = text.trim().toUpperCase();
		if (!s.matches("[1-9]\\d{16}[0-9X]")) {
			return false;
		}
		return birthDate(s).filter(born -> !born.isAfter(today)).isPresent() && checkCharacter(s) == s.charAt(17);
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
