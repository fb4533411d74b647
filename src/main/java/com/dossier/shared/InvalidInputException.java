package com.dossier.shared;

import org.springframework.http.HttpStatus;

/** 422 with the field errors listed; nothing was changed. */
public class InvalidInputException extends DossierException {

	private final transient FieldErrors errors;

	public InvalidInputException(FieldErrors errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "validation.failed");
		this.errors = errors;
	}

	public FieldErrors errors() {
		return errors;
	}

}
