package com.dossier.attachment.inspection;

import com.dossier.shared.DossierException;

import org.springframework.http.HttpStatus;

/**
 * A file broke a rule of its policy: 422 problem+json whose message names the rule and
 * the measured value.
 */
public class AttachmentRefusedException extends DossierException {

	public AttachmentRefusedException(Notice refusal) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, refusal.code(), refusal.argArray());
	}

}
