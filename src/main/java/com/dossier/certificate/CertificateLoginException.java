package com.dossier.certificate;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused for its certificate: absent, invalid, or not bound to the account. A kind of bad credentials,
 * so that it counts toward the account's lockout like a wrong password; {@link #code()} says which part failed
 * (message key {@code error.<code>}).
 */
public class CertificateLoginException extends BadCredentialsException {

	private final String code;

	public CertificateLoginException(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "error." + code;
	}
}
