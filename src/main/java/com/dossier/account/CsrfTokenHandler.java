package com.dossier.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * What {@code csrf().spa()} configures, with the masking's random bytes from each
 * thread's own generator: forms carry the token masked afresh on every page (BREACH), and
 * a script sends the cookie's raw value in {@code X-XSRF-TOKEN}. Every request masks a
 * token, and the default {@link SecureRandom} is one generator behind one lock for the
 * whole JVM: at 16 connections JFR saw requests wait there for over 20 ms hundreds of
 * times a minute (bench S, 2026-12-03).
 */
final class CsrfTokenHandler implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	CsrfTokenHandler() {
		this.masked.setSecureRandom(new PerThreadSecureRandom());
		// As spa(): the token is made on every request, so the cookie is always there
		// for a script to read.
		this.masked.setCsrfRequestAttributeName(null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		this.masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		String header = request.getHeader(token.getHeaderName());
		return (StringUtils.hasText(header) ? this.plain : this.masked).resolveCsrfTokenValue(request, token);
	}

	/**
	 * A strong generator (DRBG, seeded by the system) for each thread, so that no thread
	 * waits for another's bytes.
	 */
	static final class PerThreadSecureRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private static final ThreadLocal<SecureRandom> OWN = ThreadLocal.withInitial(PerThreadSecureRandom::strong);

		@Override
		public void nextBytes(byte[] bytes) {
			OWN.get().nextBytes(bytes);
		}

		private static SecureRandom strong() {
			try {
				return SecureRandom.getInstance("DRBG");
			}
			catch (NoSuchAlgorithmException ex) {
				return new SecureRandom();
			}
		}

	}

}
