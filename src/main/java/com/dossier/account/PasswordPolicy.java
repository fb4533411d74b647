package com.dossier.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.dossier.shared.FieldErrors;
import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B): at least 8 characters, at most 72 bytes
 * in UTF-8, and not one of the 3,000 passwords people choose most often — taken from the
 * frequency-ranked list that ships with zxcvbn, so we keep no list of our own.
 * <p>
 * 72 bytes is all of a password bcrypt reads, and bcrypt stays: HTTP Basic hashes the
 * password on every request, so the hash's cost per check is the API's capacity, measured
 * in the benchmark. Taking more than 72 bytes would mean PBKDF2 (more CPU per check for
 * less resistance to GPUs), Argon2 (memory per concurrent check, a way to exhaust the
 * heap, and a library) or a home-made pre-hash. 72 bytes are 72 ASCII characters (NIST
 * asks for 64) or 24 Chinese ones (each one of thousands: far beyond guessing); the
 * message says that a Chinese character counts 3.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	/** bcrypt's limit ({@link BcryptLengthLimit}). */
	static final int MAX_BYTES = 72;

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
		else if (utf8Length(password) > MAX_BYTES) {
			errors.reject(field, "password.too_long", MAX_BYTES);
		}
		else if (isCommon(password)) {
			errors.reject(field, "password.common");
		}
	}

	static int utf8Length(CharSequence password) {
		return password.toString().getBytes(StandardCharsets.UTF_8).length;
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

}
