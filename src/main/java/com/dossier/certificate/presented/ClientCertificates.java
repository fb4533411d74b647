package com.dossier.certificate.presented;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.certificate.validation.CertificateValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.bouncycastle.cert.X509CertificateHolder;

import org.springframework.context.ApplicationEventPublisher;

/**
 * What the rest of the application asks about client certificates: the configured mode,
 * and for a request the certificate it presented and whether it is valid. Login combines
 * this with the account's bindings.
 */
public class ClientCertificates {

	private final CertificateMode mode;

	private final PresentedCertificates presented;

	private final CertificateValidator validator;

	ClientCertificates(CertificateMode mode, PresentedCertificates presented, CertificateValidator validator) {
		this.mode = mode;
		this.presented = presented;
		this.validator = validator;
	}

	/**
	 * As the settings {@code dossier.auth.*} say; untrusted-proxy attempts are published
	 * to the audit log.
	 */
	public static ClientCertificates of(CertificateProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		return new ClientCertificates(properties.certificate(), new PresentedCertificates(properties, events),
				new CertificateValidator(properties.trustCa(), properties.crl(), clock));
	}

	public CertificateMode mode() {
		return mode;
	}

	/**
	 * {@link CertificateReason#ABSENT} when the request carries none (or only an ignored
	 * header).
	 */
	public CertificateCheck check(HttpServletRequest request) {
		List<X509CertificateHolder> chain;
		try {
			chain = presented.read(request);
		}
		catch (IOException e) {
			return CertificateCheck.refused(null, CertificateReason.MALFORMED);
		}
		return validator.validate(chain);
	}

	/** A certificate file an administrator uploads (PEM or DER). */
	public CertificateCheck check(byte[] certificateFile) {
		return validator.validate(certificateFile);
	}

}
