package com.dossier.certificate;

import java.util.Optional;

import com.dossier.shared.security.BasicAuthentication;
import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.shared.security.CurrentUserSource;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password login with a certificate, for form login and HTTP Basic alike. In
 * {@code required} mode the request must present a valid certificate bound to the account
 * whose password is given; in {@code optional} mode a presented certificate must be so,
 * and none is fine. The certificate is judged before the password, so that without a
 * valid certificate nothing is learnt about the password, and a certificate failure
 * counts toward lockout like a wrong password. Every certificate failure is audited with
 * its reason.
 */
class CertificateAuthenticationProvider implements AuthenticationProvider {

	static final String AUDIT_ACTION = "login.certificate";

	/**
	 * Whether a certificate is bound to an account; {@code CertificateBindings.isBound}
	 * in the application.
	 */
	interface Bindings {

		boolean isBound(long accountId, CertificateDetails certificate);

	}

	/**
	 * Keeps the certificate signed in with, for the warning of its expiry;
	 * {@code CertificateView.rememberExpiry}.
	 */
	interface Expiry {

		void remember(HttpServletRequest request, CertificateDetails certificate);

	}

	private final AuthenticationProvider passwords;

	private final ClientCertificates certificates;

	private final Bindings bindings;

	private final Expiry expiry;

	private final ApplicationEventPublisher events;

	CertificateAuthenticationProvider(AuthenticationProvider passwords, ClientCertificates certificates,
			Bindings bindings, Expiry expiry, ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.certificates = certificates;
		this.bindings = bindings;
		this.expiry = expiry;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		CertificateMode mode = certificates.mode();
		if (mode == CertificateMode.OFF) {
			return passwords.authenticate(authentication);
		}
		Optional<HttpServletRequest> request = currentRequest();
		String username = authentication.getName();
		CertificateCheck check = request.map(certificates::check)
			.orElse(CertificateCheck.refused(null, CertificateReason.ABSENT));
		if (check.reason().orElse(null) == CertificateReason.ABSENT && mode == CertificateMode.OPTIONAL) {
			return passwords.authenticate(authentication);
		}
		if (!check.isValid()) {
			throw refuse(username, check.problem().code(), check);
		}
		Authentication result = passwords.authenticate(authentication);
		if (result == null) {
			return null;
		}
		if (!(result.getPrincipal() instanceof CurrentUserSource user)
				|| !bindings.isBound(user.currentUser().accountId(), check.details())) {
			throw refuse(username, CertificateLoginException.NOT_BOUND, check);
		}
		if (request.isPresent() && !BasicAuthentication.isUsedBy(request.get())) {
			events.publishEvent(AuditEvent.byActor(AUDIT_ACTION, Outcome.SUCCESS, username, describe(check)));
			expiry.remember(request.get(), check.details());
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private CertificateLoginException refuse(String username, String code, CertificateCheck check) {
		events.publishEvent(AuditEvent.byActor(AUDIT_ACTION, Outcome.FAILURE, username, code + " " + describe(check)));
		return new CertificateLoginException(code);
	}

	private static String describe(CertificateCheck check) {
		return check.presented()
			.map(d -> d.identity().holder() + " / " + d.identity().issuer() + " / " + d.fingerprint())
			.orElse("");
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

}
