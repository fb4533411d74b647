package com.dossier.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt reads only the first 72 bytes of a password: checking a longer one would accept
 * anything that starts like the real one. No password over 72 bytes can be set
 * ({@link PasswordPolicy}), so a longer one presented at sign-in is simply wrong,
 * answered like any wrong password (and at once, for known and unknown names alike).
 */
final class BcryptLengthLimit implements PasswordEncoder {

	private final PasswordEncoder hashes;

	BcryptLengthLimit(PasswordEncoder hashes) {
		this.hashes = hashes;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return hashes.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return rawPassword != null && PasswordPolicy.utf8Length(rawPassword) <= PasswordPolicy.MAX_BYTES
				&& hashes.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return hashes.upgradeEncoding(encodedPassword);
	}

}
