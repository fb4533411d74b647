package com.dossier.shared;

import java.util.Optional;

/**
 * An 18-character 统一社会信用代码 (GB 32100-2015): registration authority, organisation type, 6-digit region, 9-character
 * organisation code and a check character over the 31-character alphabet that leaves out I, O, Z, S and V.
 */
public record CreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid credit code");
		}
		value = value.trim().toUpperCase();
	}

	public static Optional<CreditCode> parse(String text) {
		return isValid(text) ? Optional.of(new CreditCode(text)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String s = text.trim().toUpperCase();
		if (!s.matches("[1-9A-GY][1-9]\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
			return false;
		}
		return checkCharacter(s) == s.charAt(17);
	}

	/** The check character that completes the first 17 characters (for generating test and demo numbers). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	@Override
	public String toString() {
		return value;
	}
}
