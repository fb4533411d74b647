package com.dossier.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-digit PRC resident identity number (GB 11643-1999): 6-digit region, birth date yyyyMMdd, 3-digit sequence and
 * a check character (0-9 or X) computed with ISO 7064 MOD 11-2. A typo in any one digit changes the check character,
 * which is why we refuse numbers whose check does not match instead of only checking the length.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public IdNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid ID number");
		}
		value = value.toUpperCase();
	}

	public static Optional<IdNumber> parse(String text) {
		return isValid(text) ? Optional.of(new IdNumber(text.trim())) : Optional.empty();
	}

	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String s = text.trim().toUpperCase();
		if (!s.matches("[1-9]\\d{16}[0-9X]")) {
			return false;
		}
		return birthDate(s).isPresent() && checkCharacter(s) == s.charAt(17);
	}

	public LocalDate birthDate() {
		return birthDate(value).orElseThrow();
	}

	/** The check character that completes the first 17 characters (for generating test and demo numbers). */
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
			boolean plausible = date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
			return plausible ? Optional.of(date) : Optional.empty();
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
