package com.dossier.account;

import java.io.IOException;

import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 as problem+json, saying whether the account is locked, disabled, or the credentials are wrong or absent. */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final ApiProblems problems;

	ApiAuthenticationEntryPoint(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String code = switch (LoginFailureHandler.reason(exception)) {
			case "locked" -> "auth.locked";
			case "disabled" -> "auth.disabled";
			case "bad" -> request.getHeader("Authorization") == null ? "unauthenticated" : "auth.bad_credentials";
			default -> LoginFailureHandler.reason(exception); // a certificate's code, e.g. certificate.absent
		};
		response.setHeader("WWW-Authenticate", "Basic realm=\"Dossier\"");
		problems.write(response, HttpStatus.UNAUTHORIZED, code);
	}
}
