package com.dossier.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Passes over the controller mappings whose path cannot match before Spring checks their
 * other conditions. A path with a variable ({@code /api/v1/sections/{key}/records}) has
 * no direct lookup, so Spring tries every mapping in turn, its method, headers and media
 * types first, each read through the request's six wrappers: 15% of the API list's time
 * and 8% of the list page's in the benchmark. The leading literal segments of a pattern
 * must equal the request's first segments for it to match, whatever follows, so a mapping
 * none of whose patterns agree is refused at once; the rest go to Spring as before. The
 * answer is Spring's own, including 404, 405 and 415, which Spring works out from all
 * mappings separately.
 * <p>
 * Only the mappings filed under the path's first segment are tried at all (iterating all
 * ~190 was still 4.5% of the list page); when exactly one matches, its handler is the
 * answer as Spring's would be, and anything else is Spring's lookup over all of them.
 */
final class LiteralPrefixMapping extends RequestMappingHandlerMapping {

	/**
	 * By identity: the registry hands back the instances it was given, and an identity
	 * lookup neither hashes the mapping's conditions nor locks. A mapping registered
	 * after start-up has none and is always admitted.
	 */
	private volatile Map<RequestMappingInfo, MappingPrefixes> prefixes = Map.of();

	/**
	 * The mappings by the first literal segment of their patterns, and the handler of
	 * each; null until start-up has registered them all, and again once a mapping is
	 * added or removed later, when every lookup is Spring's own.
	 */
	private volatile Candidates candidates;

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		Map<RequestMappingInfo, HandlerMethod> handlers = getHandlerMethods();
		Map<RequestMappingInfo, MappingPrefixes> byMapping = new IdentityHashMap<>();
		for (RequestMappingInfo info : handlers.keySet()) {
			byMapping.put(info, MappingPrefixes.of(info));
		}
		prefixes = Collections.unmodifiableMap(byMapping);
		candidates = Candidates.of(handlers, byMapping);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
		candidates = null;
		super.registerMapping(mapping, handler, method);
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		candidates = null;
		super.unregisterMapping(mapping);
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
			// Literal segments compare as Spring's LiteralPathElement does only when
			// case counts.
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Located located = new Located(request);
		Candidates known = candidates;
		if (known != null) {
			// Spring's answer when exactly one mapping matches: its handler, with the
			// match's variables and pattern on the request; and when no mapping's path
			// matches at all: none (Spring's handleNoMatch finds no partial match then).
			// Anything else (a path whose method or media type is wrong, for 405 or 415;
			// several matches, to be ranked) is left to Spring.
			List<RequestMappingInfo> infos = known.of(located.path);
			RequestMappingInfo only = null;
			HandlerMethod handler = null;
			for (RequestMappingInfo info : infos) {
				RequestMappingInfo match = getMatchingMapping(info, located);
				if (match != null) {
					if (only != null) {
						return super.lookupHandlerMethod(lookupPath, located);
					}
					only = match;
					handler = known.handlers.get(info);
				}
			}
			if (only != null) {
				request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
				handleMatch(only, lookupPath, request);
				return handler;
			}
			if (infos.stream()
				.noneMatch(info -> info.getActivePatternsCondition().getMatchingCondition(request) != null)) {
				return null;
			}
		}
		return super.lookupHandlerMethod(lookupPath, located);
	}

	/** Spring's own lookup, for the test that holds this one to it. */
	HandlerMethod lookupBySpring(HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(initLookupPath(request), request);
	}

	/** This lookup, as a request reaches it, for the same test. */
	HandlerMethod lookup(HttpServletRequest request) throws Exception {
		return lookupHandlerMethod(initLookupPath(request), request);
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (!(request instanceof Located located)) {
			return super.getMatchingMapping(info, request);
		}
		MappingPrefixes ofInfo = prefixes.get(info);
		if (ofInfo != null && !ofInfo.admit(located.path)) {
			return null;
		}
		return super.getMatchingMapping(info, located.request);
	}

	/**
	 * The request with its parsed path at hand, for one lookup: each mapping's check then
	 * reads it without a trip through the wrappers.
	 */
	private static final class Located extends HttpServletRequestWrapper {

		final HttpServletRequest request;

		final List<PathContainer.Element> path;

		Located(HttpServletRequest request) {
			super(request);
			this.request = request;
			this.path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
		}

	}

	/**
	 * The mappings that can match a path, by its first segment: those with a pattern
	 * whose first literal it is, and those with no literal at all.
	 */
	private record Candidates(Map<String, List<RequestMappingInfo>> byFirst, List<RequestMappingInfo> anyPath,
			Map<RequestMappingInfo, HandlerMethod> handlers) {

		static Candidates of(Map<RequestMappingInfo, HandlerMethod> handlers,
				Map<RequestMappingInfo, MappingPrefixes> prefixes) {
			Map<String, Set<RequestMappingInfo>> byFirst = new HashMap<>();
			List<RequestMappingInfo> anyPath = new ArrayList<>();
			for (RequestMappingInfo info : handlers.keySet()) {
				List<String[]> patterns = prefixes.get(info).ofPatterns();
				if (patterns.isEmpty()) {
					anyPath.add(info);
				}
				for (String[] literals : patterns) {
					byFirst.computeIfAbsent(literals[0], k -> new LinkedHashSet<>()).add(info);
				}
			}
			Map<String, List<RequestMappingInfo>> lists = new HashMap<>();
			byFirst.forEach((first, infos) -> {
				List<RequestMappingInfo> all = new ArrayList<>(infos);
				all.addAll(anyPath);
				lists.put(first, List.copyOf(all));
			});
			return new Candidates(Map.copyOf(lists), List.copyOf(anyPath), new IdentityHashMap<>(handlers));
		}

		List<RequestMappingInfo> of(List<PathContainer.Element> path) {
			if (path.size() >= 2 && path.get(0) instanceof PathContainer.Separator
					&& path.get(1) instanceof PathContainer.PathSegment segment) {
				List<RequestMappingInfo> infos = byFirst.get(segment.valueToMatch());
				if (infos != null) {
					return infos;
				}
			}
			return anyPath;
		}

	}

	/**
	 * Before the actuator's endpoint mappings (order -100), which were asked first on
	 * every request and each parsed its Accept header through the firewall's checks: 2%
	 * of the list page for mappings that answer only under {@code /actuator}. This
	 * mapping answers none of those paths, so they still reach the actuator.
	 */
	static final int ORDER = -200;

	LiteralPrefixMapping() {
		setOrder(ORDER);
	}

	@Override
	public void setOrder(int order) {
		super.setOrder(Math.min(order, ORDER));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations literalPrefixMapping() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new LiteralPrefixMapping();
				}
			};
		}

	}

}
