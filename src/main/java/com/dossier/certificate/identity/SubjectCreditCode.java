package com.dossier.certificate.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.shared.CreditCode;

/**
 * The 统一社会信用代码 as it appears inside a certificate's subject, where CAs put it alone in
 * serialNumber or among other words in the CN. Only a code whose GB 32100 check character
 * is right counts, so an unrelated 18-character word is not mistaken for one.
 */
final class SubjectCreditCode {

	private static final Pattern TOKEN = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])");

	private SubjectCreditCode() {
	}

	/** The first valid code standing as a word of its own in the text, in capitals. */
	static Optional<String> findIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			String candidate = m.group().toUpperCase(Locale.ROOT);
			if (CreditCode.isValid(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
