package com.dossier.account;

import java.io.IOException;

import com.dossier.certificate.CertificateLoginException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the person why sign-in failed, without saying whether a user name exists: a wrong
 * password and an unknown name read alike, and so do a throttled existing name and a
 * throttled unknown one.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String wait = exception instanceof LoginThrottledException throttled ? "&wait=" + throttled.minutes() : "";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception) + wait);
	}

	static String reason(AuthenticationException exception) {
		if (exception instanceof LoginThrottledException) {
			return "throttled";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		if (exception instanceof CertificateLoginException certificate) {
			return certificate.code();
		}
		return "bad";
	}

}
