package com.dossier.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request's id, so that an audit entry leads to the log lines of the request that
 * wrote it: the caller's {@code X-Request-Id} when it is well-formed (what a proxy such
 * as nginx's {@code $request_id} sends: 1–64 letters, digits, {@code . _ -}), else a new
 * one; put in the logging context ({@value #KEY}, in every line of the JSON logs) and
 * echoed in the response. Anything else a client sends there is not believed, so it never
 * reaches a log line or the audit log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestId extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** The id of the request this thread serves, or null outside a request. */
	public static String current() {
		return MDC.get(KEY);
	}

	static String accepted(String header) {
		return header != null && WELL_FORMED.matcher(header).matches() ? header : fresh();
	}

	/**
	 * A random (version 4) UUID from the thread's own generator. The id is printed in
	 * logs and responses, never trusted as a secret, so it needs no SecureRandom:
	 * {@code UUID.randomUUID()} draws from one generator behind one lock for every
	 * request, and JFR saw requests wait there for over 20 ms a thousand times in a
	 * benchmark's ten minutes.
	 */
	static String fresh() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = random.nextLong() & ~0xF000L | 0x4000L;
		long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
		return new UUID(high, low).toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = accepted(request.getHeader(HEADER));
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

}
