package com.dossier.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Pages that no controller serves, whatever the method: nobody needs to sign in to learn
 * that an address does not exist, so an anonymous visitor gets the 404 page at once
 * instead of the sign-in page and then 404 (issue 14 #17). The API and the actuator keep
 * their own answers. The patterns are read from the handler mappings on first use, when
 * the context is complete.
 */
final class UnknownPaths implements RequestMatcher {

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	private volatile List<PathPattern> known;

	UnknownPaths(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		// The path as Spring MVC matches it (decoded the same way), so that "unknown"
		// here is unknown there too.
		PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
				: RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
		String value = path.value();
		if (value.startsWith("/api/") || value.startsWith("/actuator")) {
			return false;
		}
		return known().stream().noneMatch(p -> p.matches(path));
	}

	private List<PathPattern> known() {
		List<PathPattern> patterns = known;
		if (patterns == null) {
			patterns = mappings.orderedStream()
				.flatMap(m -> m.getHandlerMethods().keySet().stream())
				.filter(info -> info.getPathPatternsCondition() != null)
				.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
				.toList();
			known = patterns;
		}
		return patterns;
	}

}
