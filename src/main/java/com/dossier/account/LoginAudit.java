package com.dossier.account;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins by people. HTTP Basic authenticates every request, and the log is for
 * people, not for each API call; failures are audited by {@link LoginThrottle}, once per
 * streak.
 */
@Component
class LoginAudit {

	private final ApplicationEventPublisher events;

	LoginAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			var user = principal.currentUser();
			events.publishEvent(new AuditEvent("login", Outcome.SUCCESS, null, null, user.username(),
					user.role().name(), user.enterpriseId()));
		}
	}

}
