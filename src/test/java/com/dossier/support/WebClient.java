package com.dossier.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's HTTP client against the running application: a browser-like session (cookies,
 * CSRF tokens read from the page's forms, no redirects followed so tests see them) or an
 * API client with HTTP Basic.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String basic;

	private String language = "zh-CN";

	private String lastCsrf;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public WebClient basic(String username, String password) {
		this.basic = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public WebClient language(String language) {
		this.language = language;
		return this;
	}

	/**
	 * Signs in through the login form, as a browser does; returns the redirect response.
	 */
	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return postForm("/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			lastCsrf = m.group(1);
		}
		return response;
	}

	/**
	 * Posts a form with the CSRF token of the last page fetched, as the browser would.
	 */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (lastCsrf != null && !all.containsKey("_csrf")) {
			all.put("_csrf", lastCsrf);
		}
		String body = all.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form with one file, and the CSRF token of the last page fetched,
	 * as the browser would.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		String boundary = "----dossier" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (lastCsrf != null) {
			all.putIfAbsent("_csrf", lastCsrf);
		}
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public HttpResponse<String> postFormWithoutCsrf(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", "");
		return postForm(path, all);
	}

	public HttpResponse<String> json(String method, String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Any body under any content type, with extra headers: what a hostile client sends.
	 */
	public HttpResponse<String> raw(String method, String path, String contentType, byte[] body,
			Map<String, String> headers) {
		HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		headers.forEach(b::setHeader);
		return send(b.build());
	}

	/** The CSRF token of the last page fetched, for a request built by hand. */
	public String csrf() {
		return lastCsrf;
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept-Language", language)
			.header("Accept", "text/html,application/json,application/problem+json");
		if (basic != null) {
			b.header("Authorization", basic);
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
	}

}
