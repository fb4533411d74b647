package com.dossier.account;

import java.io.IOException;

import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 as problem+json: a role that may not use the endpoint, or a session request without its CSRF token. */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler {

	private final ApiProblems problems;

	ApiAccessDeniedHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String code = denied instanceof CsrfException ? "csrf" : "forbidden";
		problems.write(response, HttpStatus.FORBIDDEN, code);
	}
}
