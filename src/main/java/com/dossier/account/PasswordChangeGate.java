package com.dossier.account;

import java.io.IOException;
import java.util.List;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password someone else set (a new operator, a reset) reaches nothing
 * but 修改密码 until it is changed: pages lead there, the API answers 403
 * {@code password.change_required}. Static files, the error page and signing out stay
 * reachable. Runs after authorization, in the security chain (not a bean: Boot would
 * register it a second time as a servlet filter).
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	static final String API = "/api/v1/account/password";

	private static final List<String> OPEN = List.of(PAGE, API, "/logout", "/login", "/error", "/favicon.ico");

	private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/images/");

	private final ApiProblems problems;

	PasswordChangeGate(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean gated = CurrentUser.find().filter(CurrentUser::mustChangePassword).isPresent();
		if (!gated || OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
		}
		else if (path.startsWith("/api/")) {
			problems.write(response, HttpStatus.FORBIDDEN, "password.change_required");
		}
		else {
			response.sendRedirect(request.getContextPath() + PAGE);
		}
	}

}
