package com.dossier.certificate.web;

import java.util.Set;

import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives the pages with a login box (the portal home, the sign-in page) the certificate
 * the browser presented, as model attribute {@code certificate}: only there, only for
 * visitors not signed in, and nothing in mode off — the check reads the TLS session and
 * should not run on every page.
 */
@Component
class LoginBoxCertificate implements HandlerInterceptor, WebMvcConfigurer {

	static final Set<String> VIEWS = Set.of("portal/home", "account/login");

	private final CertificateView certificates;

	LoginBoxCertificate(CertificateView certificates) {
		this.certificates = certificates;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/", "/login");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && VIEWS.contains(view.getViewName()) && certificates.isEnabled()
				&& CurrentUser.find().isEmpty()) {
			view.addObject("certificate", of(certificates.presented()));
		}
	}

	private PresentedView of(CertificateCheck check) {
		boolean required = certificates.isRequired();
		if (check == null || check.presented().isEmpty()) {
			return new PresentedView(required, true, null, null, null, null);
		}
		var details = check.details();
		CertificateReason problem = check.problem();
		String problemKey = problem == null || problem == CertificateReason.ABSENT ? null : problem.messageKey();
		return new PresentedView(required, false, details.identity().holder(), details.identity().issuer(),
				certificates.date(details.notAfter()), problemKey);
	}

}
