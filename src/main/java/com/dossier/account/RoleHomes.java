package com.dossier.account;

import java.io.IOException;
import java.time.Clock;

import com.dossier.shared.security.Role;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: back to the page that asked for it, otherwise to the role's own home —
 * or first to 修改密码 when the password was set by someone else. The sign-in is remembered
 * as the account's last.
 */
@Component
class RoleHomes extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AccountRepository accounts;

	private final Clock clock;

	RoleHomes(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			accounts.signedIn(principal.currentUser().accountId(), clock.instant());
			if (principal.currentUser().mustChangePassword()) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.PAGE);
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	static String homeOf(Role role) {
		return role.home();
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return homeOf(principal.currentUser().role());
		}
		return "/";
	}

}
