package com.dossier.certificate;

import java.util.Arrays;

import com.dossier.certificate.validation.CertificateReason;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused for its certificate: absent, invalid, or not bound to the account. A
 * kind of bad credentials, so that it counts toward the account's lockout like a wrong
 * password; {@link #code()} says which part failed (message key {@code error.<code>}).
 */
public class CertificateLoginException extends BadCredentialsException {

	/** The certificate is valid but not bound to the account whose password was given. */
	public static final String NOT_BOUND = "certificate.not_bound";

	private final String code;

	public CertificateLoginException(String code) {
		super(code);
		this.code = code;
	}

	/**
	 * Whether a sign-in error code (as the login page receives it) is one of ours, so
	 * that it has a message.
	 */
	public static boolean isCode(String code) {
		return NOT_BOUND.equals(code) || Arrays.stream(CertificateReason.values()).anyMatch(r -> r.code().equals(code));
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "error." + code;
	}

}
