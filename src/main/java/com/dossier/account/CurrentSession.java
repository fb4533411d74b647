package com.dossier.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user travels in the session ({@link AccountPrincipal}); when their own
 * account changes (a password changed, their permissions narrowed by themselves) the
 * request's session gets the account as it now is, instead of being ended. Other
 * accounts' sessions are ended ({@link SessionTerminator}), never edited.
 */
@Component
class CurrentSession {

	void refresh(Account account) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)
				|| principal.currentUser().accountId() != account.id()) {
			return;
		}
		AccountPrincipal now = AccountPrincipal.of(account);
		var token = UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
		token.setDetails(auth.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(token);
		SecurityContextHolder.setContext(context);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null) {
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			}
		}
	}

}
