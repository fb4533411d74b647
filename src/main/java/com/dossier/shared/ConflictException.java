package com.dossier.shared;

import org.springframework.http.HttpStatus;

/**
 * The request was understood but the record's state forbids it now (stale version, locked
 * level, pending).
 */
public class ConflictException extends DossierException {

	public ConflictException(String code, Object... args) {
		super(HttpStatus.CONFLICT, code, args);
	}

}
