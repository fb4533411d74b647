package com.dossier.certificate.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.shared.AdministrationTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What pages show about certificates, called from templates as {@code @certificateView}:
 * the certificate the browser presented (in the login box), and after sign-in a warning
 * when it expires within 30 days. The check is made once per request, and only where a
 * template asks, not on every page.
 */
@Component("certificateView")
public class CertificateView {

	/**
	 * The session attribute holding the expiry of the certificate signed in with, when it
	 * ends soon.
	 */
	public static final String EXPIRING = CertificateView.class.getName() + ".expiring";

	private static final String CHECKED = CertificateView.class.getName() + ".check";

	private static final Duration WARNING = Duration.ofDays(30);

	private final ClientCertificates certificates;

	private final AdministrationTime time;

	public CertificateView(ClientCertificates certificates, AdministrationTime time) {
		this.certificates = certificates;
		this.time = time;
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
		return instant == null ? null : time.dayOf(instant);
	}

	/**
	 * The expiry date of the certificate used to sign in, when it ends within 30 days;
	 * otherwise null.
	 */
	public LocalDate expiryWarning() {
		HttpServletRequest request = request();
		HttpSession session = request == null ? null : request.getSession(false);
		return session != null && session.getAttribute(EXPIRING) instanceof Instant notAfter ? date(notAfter) : null;
	}

	/**
	 * Called at sign-in: keeps the expiry in the session when the certificate ends within
	 * 30 days.
	 */
	public void rememberExpiry(HttpServletRequest request, CertificateDetails certificate) {
		if (certificate.expiresWithin(WARNING, time.now())) {
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
