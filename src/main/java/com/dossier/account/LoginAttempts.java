package com.dossier.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for 15 minutes after 5 in a row. Form login and HTTP Basic share
 * the provider, so the lock holds for the API too. Only interactive sign-ins are audited as logins: HTTP Basic
 * authenticates every request, and the log is for people, not for each API call.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String reason = event.getException().getClass().getSimpleName();
		events.publishEvent(AuditEvent.byActor("login", Outcome.FAILURE, username, reason));
		if (event.getException() instanceof BadCredentialsException && accounts.existsByUsername(username)
				&& accounts.recordFailure(username) >= MAX_FAILURES) {
			Instant until = clock.instant().plus(LOCK);
			accounts.lock(username, until);
			log.warn("Account {} locked until {} after {} failed sign-ins", username, until, MAX_FAILURES);
			events.publishEvent(AuditEvent.byActor("account.locked", Outcome.DENIED, username, "until " + until));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		// HTTP Basic succeeds on every request: write only when there is something to clear.
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal && principal.hadFailures()) {
			accounts.clearFailures(principal.getUsername());
		}
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
