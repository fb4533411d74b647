package com.dossier.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without its password being checked: too many failures for this user
 * name or from this address. Says nothing about whether the user name exists; unknown
 * names are throttled alike.
 */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("too many failed sign-ins: try again in " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** Whole minutes to wait, rounded up, as people are told. */
	long minutes() {
		return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
	}

	/** For {@code Retry-After}. */
	long seconds() {
		return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
	}

}
