package com.dossier.account;

import java.io.IOException;

import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 as problem+json: credentials wrong or absent, too many attempts (with
 * {@code Retry-After}), or an account disabled (said only to someone who gave its
 * password).
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ApiProblems problems;

	ApiAuthenticationEntryPoint(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Dossier\"");
		if (exception instanceof LoginThrottledException throttled) {
			response.setHeader("Retry-After", Long.toString(throttled.seconds()));
			problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "auth.throttled", "error.auth.throttled",
					throttled.minutes()));
			return;
		}
		String code = switch (LoginFailureHandler.reason(exception)) {
			case "disabled" -> "auth.disabled";
			case "bad" -> request.getHeader("Authorization") == null ? "unauthenticated" : "auth.bad_credentials";
			default -> LoginFailureHandler.reason(exception); // a certificate's code,
																// e.g. certificate.absent
		};
		problems.write(response, HttpStatus.UNAUTHORIZED, code);
	}

}
