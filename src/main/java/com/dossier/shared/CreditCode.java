package com.dossier.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V,
 * Z), the last a check character over the first 17.
 */
public record CreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000-]+");

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid credit code: " + value);
		}
	}

	public static CreditCode of(String raw) {
		return new CreditCode(normalize(raw));
	}

	/**
	 * Upper case, without the spaces and hyphens people type to group it
	 * ({@code 91 310000 MA1FL0001R}), as python-stdnum's {@code cn.uscc} compacts it.
	 */
	public static String normalize(String raw) {
		return raw == null ? null : SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/**
	 * What is wrong with a (normalized) code, first found first: its length, a character
	 * outside the alphabet (with its position), the administrative division (characters
	 * 3–8 are digits), or the check character.
	 */
	public static Optional<ValueProblem> problem(String code) {
		if (code == null || code.length() != 18) {
			return Optional.of(ValueProblem.of("credit_code.length", String.valueOf(code == null ? 0 : code.length())));
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return Optional.of(ValueProblem.of("credit_code.character", String.valueOf(i + 1),
						String.valueOf(code.charAt(i))));
			}
		}
		if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional.of(ValueProblem.of("credit_code.region", code.substring(2, 8)));
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == ALPHABET.charAt(check) ? Optional.empty()
				: Optional.of(ValueProblem.of("credit_code.check_character"));
	}

	@Override
	public String toString() {
		return value;
	}
}
