package com.dossier.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.dossier.shared.FieldErrors;
import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B): 8 to 128 characters, and not one of the 3,000 passwords people
 * choose most often — taken from the frequency-ranked list that ships with zxcvbn, so we keep no list of our own.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	static final int COMMON_COUNT = 3_000;

	private final Set<String> common;

	PasswordPolicy() {
		try {
			List<String> ranked = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
			this.common = new HashSet<>(ranked.subList(0, Math.min(COMMON_COUNT, ranked.size())));
		}
		catch (IOException e) {
			throw new UncheckedIOException("the common-password list could not be read", e);
		}
	}

	/** Adds this password's problems, if any, to {@code errors} under {@code field}. */
	public void check(String password, String field, FieldErrors errors) {
		if (password == null || password.isEmpty()) {
			errors.reject(field, "validation.required");
		}
		else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			errors.reject(field, "password.too_short", MIN_LENGTH);
		}
		else if (password.length() > MAX_LENGTH) {
			errors.reject(field, "password.too_long", MAX_LENGTH);
		}
		else if (isCommon(password)) {
			errors.reject(field, "password.common");
		}
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}
}
