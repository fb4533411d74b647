package com.dossier.account;

import com.dossier.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: back to the page that asked for it, otherwise to the role's own home.
 */
@Component
class RoleHomes extends SavedRequestAwareAuthenticationSuccessHandler {

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
