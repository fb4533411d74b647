package com.dossier.shared;

import org.springframework.http.HttpStatus;

/**
 * The signed-in account lacks a permission the action needs: 403
 * {@code permission.denied} in the API, the error page for people, with the permission
 * named.
 */
public class PermissionDeniedException extends DossierException {

	public PermissionDeniedException(Object permission) {
		super(HttpStatus.FORBIDDEN, "permission.denied", permission);
	}

}
