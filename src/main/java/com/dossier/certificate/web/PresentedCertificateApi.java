package com.dossier.certificate.web;

import java.time.Instant;

import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.certificate.validation.CertificateReason;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a client which certificate its connection presented and whether it would be
 * accepted, before it logs in: what the login box shows, for API clients and scripts.
 * Public, as the login page is; it reveals nothing but the caller's own certificate.
 */
@RestController
class PresentedCertificateApi {

	record Presented(String mode, boolean presented, boolean valid, String code, String message, String kind,
			String holder, String creditCode, String issuer, Instant notAfter) {
	}

	private final ClientCertificates certificates;

	private final MessageSource messages;

	PresentedCertificateApi(ClientCertificates certificates, MessageSource messages) {
		this.certificates = certificates;
		this.messages = messages;
	}

	@GetMapping("/api/v1/certificate")
	Presented presented(HttpServletRequest request) {
		CertificateCheck check = certificates.check(request);
		String mode = certificates.mode().name();
		String code = check.reason().map(CertificateReason::code).orElse(null);
		String message = check.reason()
			.map(r -> messages.getMessage(r.messageKey(), null, r.code(), LocaleContextHolder.getLocale()))
			.orElse(null);
		return check.presented()
			.map(d -> new Presented(mode, true, check.isValid(), code, message, d.identity().kind().name(),
					d.identity().holder(), d.identity().creditCode(), d.identity().issuer(), d.notAfter()))
			.orElseGet(() -> new Presented(mode, false, false, code, message, null, null, null, null, null));
	}

}
