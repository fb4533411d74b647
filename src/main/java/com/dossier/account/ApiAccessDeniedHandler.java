package com.dossier.account;

import java.io.IOException;

import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 403 as problem+json: a role that may not use the endpoint, or a session request without
 * its CSRF token. A write by nobody signed in is 401 (DESIGN §9), although the CSRF check
 * is what notices it first.
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler {

	private final ApiProblems problems;

	private final ApiAuthenticationEntryPoint unauthenticated;

	ApiAccessDeniedHandler(ApiProblems problems, ApiAuthenticationEntryPoint unauthenticated) {
		this.problems = problems;
		this.unauthenticated = unauthenticated;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (denied instanceof CsrfException && !signedIn()) {
			unauthenticated.commence(request, response,
					new InsufficientAuthenticationException("a write without a signed-in user"));
			return;
		}
		String code = denied instanceof CsrfException ? "csrf" : "forbidden";
		problems.write(response, HttpStatus.FORBIDDEN, code);
	}

	private static boolean signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

}
