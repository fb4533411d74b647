package com.dossier.certificate.web;

import java.time.LocalDate;

/**
 * What the login box says about the certificate the browser presented (template
 * certificate/presented.jte): none (an error where a certificate is required), or its
 * holder, issuer and end, with the reason it is refused.
 *
 * @param problemKey message key of the refusal, or null when the certificate is accepted
 * or none was presented
 */
public record PresentedView(boolean required, boolean none, String holder, String issuer, LocalDate notAfter,
		String problemKey) {
}
