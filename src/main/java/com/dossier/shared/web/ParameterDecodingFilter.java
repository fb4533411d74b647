package com.dossier.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form body that cannot be decoded ({@code ?page=%zz}, bytes that are
 * not UTF-8) makes Tomcat throw from whichever code first asks for a parameter: a locale
 * interceptor, Spring Security, a controller — a 500. The parameters are decoded here
 * first, and such a request gets one clear 400. Multipart bodies are
 * {@link UploadCeilingFilter}'s.
 */
class ParameterDecodingFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	ParameterDecodingFilter(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!UploadCeilingFilter.isMultipart(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException e) {
				// Tomcat's InvalidParameterException; its message echoes the undecodable
				// input, so it is not shown
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (path.startsWith("/api/")) {
					problems.write(response,
							problems.problem(HttpStatus.BAD_REQUEST, "request.malformed", "error.request.malformed"));
				}
				else {
					PlainErrorPage.write(response, HttpStatus.BAD_REQUEST,
							problems.text("error.request.malformed", new Object[0]));
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
