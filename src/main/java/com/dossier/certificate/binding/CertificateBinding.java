package com.dossier.certificate.binding;

import java.time.Instant;

import com.dossier.certificate.identity.BindingKind;

/**
 * A certificate bound to an account, as stored: whom it names and the certificate that
 * was presented to bind it.
 */
public record CertificateBinding(long id, long accountId, BindingKind kind, String creditCode, String holder,
		String subject, String serialNumber, String issuer, String fingerprint, Instant notAfter, String createdBy,
		Instant createdAt) {
}
