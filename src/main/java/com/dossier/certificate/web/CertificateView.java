package com.dossier.certificate.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.validation.CertificateCheck;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What pages show about certificates, called from templates as {@code @certificateView}: the certificate the
 * browser presented (in the login box), and after sign-in a warning when it expires within 30 days. The check is
 * made once per request, and only where a template asks, not on every page.
 */
@Component("certificateView")
public class CertificateView {

	/** The session attribute holding the expiry of the certificate signed in with, when it ends soon. */
	public static final String EXPIRING = CertificateView.class.getName() + ".expiring";

	private static final String CHECKED = CertificateView.class.getName() + ".check";

	private static final Duration WARNING = Duration.ofDays(30);

	/** Dates are shown as the guide's users read them: in China's time zone. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final ClientCertificates certificates;

	private final Clock clock;

	public CertificateView(ClientCertificates certificates, Clock clock) {
		this.certificates = certificates;
		this.clock = clock;
	}

	/** False in mode off: the login box then says nothing about certificates. */
	public boolean isEnabled() {
		return certificates.mode() != CertificateMode.OFF;
	}

	public boolean isRequired() {
		return certificates.mode() == CertificateMode.REQUIRED;
	}

	/** The current request's certificate check; null outside a request. */
	public CertificateCheck presented() {
		HttpServletRequest request = request();
		if (request == null) {
			return null;
		}
		if (request.getAttribute(CHECKED) instanceof CertificateCheck check) {
			return check;
		}
		CertificateCheck check = certificates.check(request);
		request.setAttribute(CHECKED, check);
		return check;
	}

	public LocalDate date(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
	}

	/** The expiry date of the certificate used to sign in, when it ends within 30 days; otherwise null. */
	public LocalDate expiryWarning() {
		HttpServletRequest request = request();
		HttpSession session = request == null ? null : request.getSession(false);
		return session != null && session.getAttribute(EXPIRING) instanceof Instant notAfter ? date(notAfter) : null;
	}

	/** Called at sign-in: keeps the expiry in the session when the certificate ends within 30 days. */
	public void rememberExpiry(HttpServletRequest request, CertificateDetails certificate) {
		if (certificate.expiresWithin(WARNING, clock.instant())) {
			request.getSession().setAttribute(EXPIRING, certificate.notAfter());
		}
		else if (request.getSession(false) != null) {
			request.getSession(false).removeAttribute(EXPIRING);
		}
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
