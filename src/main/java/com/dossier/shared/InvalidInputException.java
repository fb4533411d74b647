package com.dossier.shared;

import org.springframework.http.HttpStatus;

/** 422 with the field errors listed; nothing was changed. */
public class InvalidInputException extends DossierException {

	private final transient FieldErrors errors;

	public InvalidInputException(FieldErrors errors) {
		this("validation.failed", errors);
	}

	/** A refusal with its own code whose details are listed per field. */
	public InvalidInputException(String code, FieldErrors errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code);
		this.errors = errors;
	}

	public FieldErrors errors() {
		return errors;
	}

}
