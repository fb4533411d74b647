package com.dossier.certificate.validation;

import java.util.Optional;

import com.dossier.certificate.identity.CertificateDetails;

/**
 * The outcome of validating a presented certificate: accepted, or refused with a reason.
 * {@code details} are there whenever the certificate could be parsed, refused or not, so
 * a login box can still say what was presented.
 */
public record CertificateCheck(CertificateDetails details, CertificateReason problem) {

	public static CertificateCheck valid(CertificateDetails details) {
		return new CertificateCheck(details, null);
	}

	public static CertificateCheck refused(CertificateDetails details, CertificateReason problem) {
		return new CertificateCheck(details, problem);
	}

	public boolean isValid() {
		return problem == null;
	}

	public Optional<CertificateDetails> presented() {
		return Optional.ofNullable(details);
	}

	public Optional<CertificateReason> reason() {
		return Optional.ofNullable(problem);
	}
}
