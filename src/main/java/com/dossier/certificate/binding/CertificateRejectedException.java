package com.dossier.certificate.binding;

import com.dossier.certificate.validation.CertificateReason;
import com.dossier.shared.DossierException;

import org.springframework.http.HttpStatus;

/**
 * A certificate that cannot be bound (or used): 422 with the reason's stable code, e.g.
 * certificate.expired.
 */
public class CertificateRejectedException extends DossierException {

	public CertificateRejectedException(String code, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, code, args);
	}

	public CertificateRejectedException(CertificateReason reason) {
		this(reason.code());
	}

}
