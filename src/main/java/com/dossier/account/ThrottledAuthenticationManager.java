package com.dossier.account;

import com.dossier.certificate.CertificateLoginException;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The authentication manager of form login and HTTP Basic: the throttle hears of each
 * attempt before its password (and, in the certificate modes, its certificate) is
 * checked, refuses it unheard while a delay runs, and learns how it ended. A wrong
 * password, an unknown user name and a refused certificate are all bad credentials, and
 * all count. A disabled account says so only to someone who gave its password.
 */
final class ThrottledAuthenticationManager implements AuthenticationManager {

	private final AuthenticationManager passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationManager(AuthenticationManager passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		LoginThrottle.Attempt attempt = throttle.admit(authentication.getName(), addressOf(authentication));
		if (attempt.refused()) {
			throw new LoginThrottledException(attempt.retryAfter());
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException e) {
			throttle.failed(attempt, e instanceof CertificateLoginException certificate
					? e.getClass().getSimpleName() + " " + certificate.code() : e.getClass().getSimpleName());
			throw e;
		}
		catch (RuntimeException e) {
			throttle.abandoned(attempt);
			throw e;
		}
		if (result.getPrincipal() instanceof AccountPrincipal account && !account.enabled()) {
			throttle.abandoned(attempt);
			throw new DisabledException("account disabled");
		}
		throttle.succeeded(attempt);
		return result;
	}

	/** The servlet request's remote address, as both filters record it in the details. */
	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

}
