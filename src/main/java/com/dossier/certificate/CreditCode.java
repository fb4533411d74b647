package com.dossier.certificate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 18-character 统一社会信用代码 (GB 32100-2015) as it appears inside a certificate's subject, where CAs put it
 * alone in serialNumber or among other words in the CN. Only a code whose check character is right counts, so an
 * unrelated 18-character word is not mistaken for one.
 */
final class CreditCode {

	/** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final Pattern TOKEN = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])");

	private CreditCode() {
	}

	static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(code.charAt(i));
			if (value < 0) {
				return false;
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == ALPHABET.charAt(check);
	}

	/** The first valid code standing as a word of its own in the text, in capitals. */
	static Optional<String> findIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			String candidate = m.group().toUpperCase(Locale.ROOT);
			if (isValid(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
