package com.dossier.shared;

import org.springframework.http.HttpStatus;

/** Also used for another enterprise's objects: their existence is never revealed. */
public class NotFoundException extends DossierException {

	public NotFoundException(String code, Object... args) {
		super(HttpStatus.NOT_FOUND, code, args);
	}

}
