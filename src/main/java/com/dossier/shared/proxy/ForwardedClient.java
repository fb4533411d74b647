package com.dossier.shared.proxy;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind the reverse proxy, the request as the client made it: its address from
 * X-Forwarded-For and its scheme from X-Forwarded-Proto, believed only when the
 * connection comes from a trusted proxy (anyone else could write them). Everything after
 * this filter — the rate limit, the audit log, the sign-in throttle, Secure cookies and
 * HSTS — then sees the visitor instead of the proxy. The proxy's own address stays
 * readable as {@link #connectionAddress}.
 */
public final class ForwardedClient extends OncePerRequestFilter {

	private static final String CONNECTION = ForwardedClient.class.getName() + ".connection";

	private final TrustedProxies proxies;

	public ForwardedClient(TrustedProxies proxies) {
		this.proxies = proxies;
	}

	/**
	 * The address of the peer of the TCP connection (a proxy, or the client itself),
	 * whatever the headers say.
	 */
	public static String connectionAddress(ServletRequest request) {
		return request.getAttribute(CONNECTION) instanceof String proxy ? proxy : request.getRemoteAddr();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String peer = request.getRemoteAddr();
		if (proxies.isEmpty() || !proxies.contains(peer)) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(CONNECTION, peer);
		String client = client(request.getHeaders("X-Forwarded-For"), peer);
		String scheme = scheme(request.getHeader("X-Forwarded-Proto"), request.getScheme());
		chain.doFilter(new Forwarded(request, client, scheme), response);
	}

	/**
	 * The right-most address that is not one of our proxies: each proxy appends the
	 * address it was reached from, so everything left of the first untrusted entry was
	 * written by the client and proves nothing. A malformed entry ends the walk at what
	 * was already proven.
	 */
	String client(java.util.Enumeration<String> headers, String peer) {
		java.util.List<String> hops = new java.util.ArrayList<>();
		while (headers.hasMoreElements()) {
			for (String hop : headers.nextElement().split(",")) {
				hops.add(hop.strip());
			}
		}
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i);
			if (TrustedProxies.literal(hop).isEmpty()) {
				break;
			}
			client = hop;
			if (!proxies.contains(hop)) {
				break;
			}
		}
		return client;
	}

	private static String scheme(String header, String connection) {
		if (header == null) {
			return connection;
		}
		String first = header.split(",")[0].strip().toLowerCase(Locale.ROOT);
		return first.equals("https") || first.equals("http") ? first : connection;
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final String scheme;

		Forwarded(HttpServletRequest request, String client, String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getScheme() {
			return scheme;
		}

		@Override
		public boolean isSecure() {
			return "https".equals(scheme);
		}

		@Override
		public int getServerPort() {
			if (scheme.equals(super.getScheme())) {
				return super.getServerPort();
			}
			return isSecure() ? 443 : 80;
		}

	}

}
