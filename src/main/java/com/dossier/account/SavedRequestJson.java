package com.dossier.account;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * The page a visitor asked for before signing in, as {@link SessionJson} stores it: what
 * the redirect after sign-in and the request cache's matching read. Headers, cookies and
 * locales are left out (nothing reads them back; the browser sends its own again).
 */
final class SavedRequestJson {

	private SavedRequestJson() {
	}

	static void write(ObjectNode node, DefaultSavedRequest saved) {
		node.put("method", saved.getMethod())
			.put("scheme", saved.getScheme())
			.put("serverName", saved.getServerName())
			.put("serverPort", saved.getServerPort())
			.put("contextPath", saved.getContextPath())
			.put("servletPath", saved.getServletPath())
			.put("pathInfo", saved.getPathInfo())
			.put("requestURI", saved.getRequestURI())
			.put("requestURL", saved.getRequestURL())
			.put("queryString", saved.getQueryString());
		ObjectNode parameters = node.putObject("parameters");
		for (Map.Entry<String, String[]> e : saved.getParameterMap().entrySet()) {
			ArrayNode values = parameters.putArray(e.getKey());
			for (String v : e.getValue()) {
				values.add(v);
			}
		}
	}

	static DefaultSavedRequest read(JsonNode node) {
		return new DefaultSavedRequest.Builder().setMethod(SessionJson.text(node, "method"))
			.setScheme(SessionJson.text(node, "scheme"))
			.setServerName(SessionJson.text(node, "serverName"))
			.setServerPort(node.path("serverPort").asInt())
			.setContextPath(SessionJson.text(node, "contextPath"))
			.setServletPath(SessionJson.text(node, "servletPath"))
			.setPathInfo(SessionJson.text(node, "pathInfo"))
			.setRequestURI(SessionJson.text(node, "requestURI"))
			.setRequestURL(SessionJson.text(node, "requestURL"))
			.setQueryString(SessionJson.text(node, "queryString"))
			// HttpSessionRequestCache's own default (SecurityConfig keeps it), which the
			// saved request does not let us read back
			.setMatchingRequestParameterName("continue")
			.setParameters(SessionJson.parameters(node.get("parameters")))
			.setHeaders(Map.of())
			.setCookies(List.of())
			.setLocales(List.of())
			.build();
	}

}
