package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.dossier.support.HttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The pre-check refuses a mapping only where Spring's own conditions refuse it too, and a
 * lookup answers as Spring's own does (handler, variables, pattern, or the exception),
 * for every mapping of the application against a path made from every pattern and its
 * hostile spellings (percent-encoded, other case, doubled or trailing slash, a {@code ;}
 * parameter).
 */
@HttpTest
class LiteralPrefixMappingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationLooksUpItsControllersThroughThePreCheck() {
		assertThat(mappings).isInstanceOf(LiteralPrefixMapping.class);
	}

	@Autowired
	List<org.springframework.web.servlet.HandlerMapping> handlerMappings;

	@Test
	void theControllersAreAskedBeforeTheActuatorsEndpoints() {
		List<org.springframework.web.servlet.HandlerMapping> ordered = new ArrayList<>(handlerMappings);
		org.springframework.core.annotation.AnnotationAwareOrderComparator.sort(ordered);
		assertThat(ordered.get(0)).isSameAs(mappings);
		assertThat(ordered).anyMatch(m -> m.getClass().getName().contains("actuate"));
	}

	@Test
	void aRefusedMappingIsOneSpringWouldNotMatch() {
		Set<RequestMappingInfo> infos = mappings.getHandlerMethods().keySet();
		int refused = 0;
		List<String> wrong = new ArrayList<>();
		for (String path : paths(infos)) {
			for (RequestMappingInfo info : infos) {
				for (String method : methods(info)) {
					MockHttpServletRequest request = request(method, path);
					boolean admitted = MappingPrefixes.of(info)
						.admit(ServletRequestPathUtils.getParsedRequestPath(request)
							.pathWithinApplication()
							.elements());
					if (!admitted) {
						refused++;
						if (info.getMatchingCondition(request) != null) {
							wrong.add(method + " " + path + " refused by " + info);
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(refused).isGreaterThan(infos.size() * infos.size());
	}

	@Test
	void everyLookupFindsWhatSpringsOwnFindsWithTheSameVariables() throws Exception {
		LiteralPrefixMapping mapping = (LiteralPrefixMapping) mappings;
		Set<RequestMappingInfo> infos = mappings.getHandlerMethods().keySet();
		List<String> wrong = new ArrayList<>();
		int found = 0;
		for (String path : paths(infos)) {
			for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
				for (String accept : List.of("text/html", "application/json", "*/*")) {
					MockHttpServletRequest ours = request(method, path);
					MockHttpServletRequest springs = request(method, path);
					ours.addHeader("Accept", accept);
					springs.addHeader("Accept", accept);
					String mine = outcome(() -> mapping.lookup(ours), ours);
					String theirs = outcome(() -> mapping.lookupBySpring(springs), springs);
					if (!mine.equals(theirs)) {
						wrong.add(method + " " + path + " " + accept + ": " + mine + " instead of " + theirs);
					}
					found += mine.startsWith("HandbookApi") || mine.startsWith("HandbookPages") ? 1 : 0;
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(found).isGreaterThan(10);
	}

	private interface Lookup {

		HandlerMethod find() throws Exception;

	}

	/** The handler or the exception, with what the match left on the request. */
	private static String outcome(Lookup lookup, MockHttpServletRequest request) {
		try {
			HandlerMethod handler = lookup.find();
			if (handler == null) {
				return "none";
			}
			return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " "
					+ request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) + " "
					+ request.getAttribute(HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE) + " "
					+ (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) == handler);
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}

	@Test
	void aPathWithAVariableReachesItsHandlerAndAMissingOneNone() throws Exception {
		assertThat(handler("GET", "/api/v1/sections/equipment/records")).isEqualTo("HandbookApi.records");
		assertThat(handler("GET", "/handbook/sections/equipment")).isEqualTo("HandbookPages.section");
		assertThat(handler("GET", "/api/v1/%73ections/equipment/records")).isEqualTo("HandbookApi.records");
		assertThat(handler("GET", "/API/v1/sections/equipment/records")).isNull();
	}

	@Test
	void aPathWithTheWrongMethodIsStillAnsweredWith405() {
		assertThatExceptionOfType(HttpRequestMethodNotSupportedException.class)
			.isThrownBy(() -> handler("PATCH", "/api/v1/sections/equipment/records"));
	}

	@Test
	void literalsEndAtTheFirstSegmentThatIsNotPlainText() {
		assertThat(MappingPrefixes.literals("/api/v1/sections/{key}/records")).containsExactly("api", "v1", "sections");
		assertThat(MappingPrefixes.literals("/files/*.pdf")).containsExactly("files");
		assertThat(MappingPrefixes.literals("/a/b/")).containsExactly("a", "b");
		assertThat(MappingPrefixes.literals("/**")).isEmpty();
		assertThat(MappingPrefixes.literals("")).isEmpty();
	}

	private String handler(String method, String path) throws Exception {
		MockHttpServletRequest request = request(method, path);
		HandlerExecutionChain chain = mappings.getHandler(request);
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
			return null;
		}
		return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<String> methods = new LinkedHashSet<>();
		methods.add("GET");
		for (RequestMethod method : info.getMethodsCondition().getMethods()) {
			methods.add(method.name());
		}
		return methods;
	}

	private static Set<String> paths(Set<RequestMappingInfo> infos) {
		Set<String> paths = new LinkedHashSet<>(List.of("/", "//", "/x;a=b"));
		for (RequestMappingInfo info : infos) {
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}/]*}", "v1").replace("**", "a/b").replace("*", "x");
				paths.add(path);
				paths.add(path + "/");
				paths.add(path.toUpperCase());
				paths.add(path.replaceFirst("/", "//"));
				paths.add(encodeFirstLetter(path));
				paths.add(path.replaceFirst("/([^/]+)", "/$1;p=1"));
			}
		}
		return paths;
	}

	/** {@code /api/v1} as {@code /%61pi/v1}: the same path to Spring, another string. */
	private static String encodeFirstLetter(String path) {
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return path.substring(0, i) + "%" + Integer.toHexString(c) + path.substring(i + 1);
			}
		}
		return path;
	}

}
