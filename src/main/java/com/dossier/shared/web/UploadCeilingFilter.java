package com.dossier.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.dossier.shared.Sizes;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.UriTemplate;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers an upload larger than the container's multipart ceiling itself, before Spring
 * Security: its filters read request parameters, which makes Tomcat parse the body and,
 * beyond the ceiling, answer a bare 413. A declared Content-Length above the ceiling is
 * refused without reading the body; any other upload is parsed here, so that the
 * container's refusal leaves the same way, and so does a body that is not valid multipart
 * (a 400 instead of an exception from whichever filter first asked for a parameter). The
 * API gets problem+json with the endpoint's code; a page goes back (the endpoint's page,
 * else the same-origin referrer) with the message as a flash, nothing saved.
 */
public class UploadCeilingFilter extends OncePerRequestFilter {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private final long ceiling;

	/**
	 * What a request to any other path, or to an endpoint declaring none, may have: below
	 * the container's.
	 */
	private final long defaultCeiling;

	private final List<Endpoint> endpoints;

	private final ApiProblems problems;

	private final ApplicationEventPublisher events;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private record Endpoint(UploadEndpoint declared, PathPattern pattern) {
	}

	private record Match(UploadEndpoint endpoint, Map<String, String> variables) {
	}

	public UploadCeilingFilter(long ceiling, long defaultCeiling, List<UploadEndpoint> endpoints, ApiProblems problems,
			ApplicationEventPublisher events) {
		this.ceiling = ceiling;
		this.defaultCeiling = Math.min(defaultCeiling, ceiling);
		this.endpoints = endpoints.stream().map(e -> new Endpoint(e, PARSER.parse(e.pattern()))).toList();
		this.problems = problems;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		long allowed = ceilingFor(match(request.getRequestURI().substring(request.getContextPath().length())));
		Parsed parsed = length > allowed ? Parsed.TOO_LARGE : parse(request, allowed);
		if (parsed == Parsed.TOO_LARGE) {
			refuse(request, response, length, allowed);
			return;
		}
		if (parsed == Parsed.MALFORMED) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			send(request, response, path, match(path), HttpStatus.BAD_REQUEST, "request.malformed",
					"error.request.malformed", new Object[0]);
			return;
		}
		chain.doFilter(request, response);
	}

	private enum Parsed {

		OK, TOO_LARGE, MALFORMED

	}

	/**
	 * The endpoint's own ceiling, within the container's; the default for any other path.
	 */
	private long ceilingFor(Optional<Match> match) {
		long declared = match.map(m -> m.endpoint().ceiling()).orElse(0L);
		return declared > 0 ? Math.min(declared, ceiling) : defaultCeiling;
	}

	/**
	 * Parses the upload now: the parts stay cached for the controller; a refusal is ours.
	 * A body without a length (chunked) is measured by its parts, as the container
	 * measured it against its own, higher, ceiling.
	 */
	private static Parsed parse(HttpServletRequest request, long allowed) throws IOException {
		try {
			long size = 0;
			for (Part part : request.getParts()) {
				size += part.getSize();
			}
			return size > allowed ? Parsed.TOO_LARGE : Parsed.OK;
		}
		catch (IllegalStateException | ServletException | IOException e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
				// Spring's StandardMultipartHttpServletRequest reads the container's size
				// refusal the same way.
				if (message.contains("size") && message.contains("exceed")) {
					return Parsed.TOO_LARGE;
				}
			}
			return Parsed.MALFORMED;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long length, long allowed)
			throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<Match> match = match(path);
		String code = match.map(m -> m.endpoint().code()).orElse("request.too_large");
		long limit = match.map(m -> m.endpoint().limit()).orElse(allowed);
		// A chunked upload's size is unknown: the general message, under the endpoint's
		// code.
		String messageKey = length < 0 || match.isEmpty() ? "error.request.too_large" : "error." + code;
		Object[] args = { Sizes.kb(length), Sizes.kb(limit) };
		Optional<CurrentUser> user = sessionUser(request);
		match.ifPresent(m -> user
			.ifPresent(u -> events.publishEvent(new UploadTooLarge(m.endpoint(), m.variables(), length, u))));
		send(request, response, path, match, HttpStatus.CONTENT_TOO_LARGE, code, messageKey, args);
	}

	private void send(HttpServletRequest request, HttpServletResponse response, String path, Optional<Match> match,
			HttpStatus status, String code, String messageKey, Object[] args) throws IOException {
		if (path.startsWith("/api/")) {
			problems.write(response, problems.problem(status, code, messageKey, args));
			return;
		}
		Optional<String> back = match.map(m -> m.endpoint().returnTo())
			.map(t -> new UriTemplate(t).expand(match.get().variables()).toString())
			.or(() -> referrer(request));
		HttpSession session = request.getSession(false);
		if (back.isEmpty() || session == null) {
			PlainErrorPage.write(response, status, problems.text(messageKey, args));
			return;
		}
		FlashMap flash = new FlashMap();
		flash.put("flashError", problems.text(messageKey, args));
		flash.setTargetRequestPath(back.get().replaceFirst("\\?.*", ""));
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + back.get());
	}

	private Optional<Match> match(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Endpoint e : endpoints) {
			PathPattern.PathMatchInfo info = e.pattern().matchAndExtract(container);
			if (info != null) {
				return Optional.of(new Match(e.declared(), info.getUriVariables()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The page the form was on, when it is ours: a path of the same host, never a
	 * redirect elsewhere.
	 */
	private static Optional<String> referrer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || path == null
					|| !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
				return Optional.empty();
			}
			return Optional.of(path.substring(request.getContextPath().length())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * The signed-in user of the browser session, read from the session (Spring Security
	 * has not run yet).
	 */
	private static Optional<CurrentUser> sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object context = session == null ? null
				: session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		Authentication auth = context instanceof SecurityContext c ? c.getAuthentication() : null;
		return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CurrentUserSource source
				? Optional.of(source.currentUser()) : Optional.empty();
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equalsIgnoreCase(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
