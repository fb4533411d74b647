package com.dossier.certificate.web;

import java.util.Locale;
import java.util.Optional;

import com.dossier.shared.web.PageNotice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Above every page after sign-in: the certificate used to sign in ends within 30 days.
 */
@Component
class ExpiringCertificateNotice implements PageNotice {

	private final CertificateView certificates;

	ExpiringCertificateNotice(CertificateView certificates) {
		this.certificates = certificates;
	}

	@Override
	public String id() {
		return "certificate-expiring";
	}

	@Override
	public Optional<String> text(MessageSource messages, Locale locale) {
		return Optional.ofNullable(certificates.expiryWarning())
			.map(day -> messages.getMessage("certificate.expiring", new Object[] { day }, locale));
	}

}
