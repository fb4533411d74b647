package com.dossier.shared;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V,
 * Z), the last a check character over the first 17.
 */
public record CreditCode(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid credit code: " + value);
		}
	}

	public static CreditCode of(String raw) {
		return new CreditCode(normalize(raw));
	}

	public static String normalize(String raw) {
		return raw == null ? null : raw.trim().toUpperCase(Locale.ROOT);
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = ALPHABET.indexOf(code.charAt(i));
			if (v < 0) {
				return false;
			}
			sum += v * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == ALPHABET.charAt(check);
	}

	@Override
	public String toString() {
		return value;
	}
}
