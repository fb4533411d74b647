package com.dossier.account;

import com.dossier.audit.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Runs before the session is cleared, while we still know who is leaving. */
@Component
class LogoutAudit implements LogoutHandler {

	private final ApplicationEventPublisher events;

	LogoutAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null) {
			events.publishEvent(AuditEvent.of("logout", null, null));
		}
	}

}
