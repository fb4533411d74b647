package com.dossier.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user should understand. {@code code} is stable (clients branch on it);
 * the message comes from the key {@code error.<code>} in the user's language, with
 * {@code args} filled in.
 */
public class DossierException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final transient Object[] args;

	public DossierException(HttpStatus status, String code, Object... args) {
		super(code);
		this.status = status;
		this.code = code;
		this.args = args;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public String messageKey() {
		return "error." + code;
	}

}
