package com.dossier.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client whose connections come from a chosen loopback address (any of 127.0.0.0/8
 * reaches the server on Linux), so that a test can be several client addresses at once:
 * the server sees each as {@code getRemoteAddr()}. Java 17's HTTP client cannot choose
 * its local address, so this speaks HTTP/1.0 over a plain socket (one request per
 * connection, the body until the server closes). It keeps cookies and posts forms with
 * the last page's CSRF token.
 */
public final class AddressedClient {

	/** A response: status, headers by lower-case name, body. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? null : values.get(0);
		}

		public String location() {
			String location = header("location");
			return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
		}
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final int port;

	private final InetAddress local;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	private String language = "zh-CN";

	public AddressedClient(int port, String localAddress) {
		this.port = port;
		try {
			this.local = InetAddress.getByName(localAddress);
		}
		catch (IOException e) {
			throw new IllegalArgumentException(localAddress, e);
		}
	}

	/**
	 * A loopback address of its own for a test (never 127.0.0.1, the address every other
	 * client shares).
	 */
	public static String newAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	public AddressedClient language(String language) {
		this.language = language;
		return this;
	}

	public String address() {
		return local.getHostAddress();
	}

	/** Signs in through the login form, as a browser does; returns the redirect. */
	public Response login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** A GET with HTTP Basic credentials, as an API client sends it. */
	public Response basic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send("GET", path, Map.of("Authorization", "Basic " + credentials, "Accept", "application/json"), null);
	}

	public Response get(String path) {
		Response response = send("GET", path, Map.of("Accept", "text/html"), null);
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page fetched. */
	public Response post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.putIfAbsent("_csrf", csrf);
		}
		StringBuilder body = new StringBuilder();
		all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
		return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
				body.toString().getBytes(StandardCharsets.UTF_8));
	}

	private Response send(String method, String path, Map<String, String> headers, byte[] body) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(local, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port
					+ "\r\nAccept-Language: " + language + "\r\n");
			headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
			if (!cookies.isEmpty()) {
				head.append("Cookie: ");
				cookies.forEach((k, v) -> head.append(k).append('=').append(v).append("; "));
				head.setLength(head.length() - 2);
				head.append("\r\n");
			}
			if (body != null) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path + " from " + address(), e);
		}
	}

	private Response read(InputStream in) throws IOException {
		String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		int end = all.indexOf("\r\n\r\n");
		String[] lines = all.substring(0, end < 0 ? all.length() : end).split("\r\n");
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).trim();
			headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			if (name.equals("set-cookie")) {
				String pair = value.split(";", 2)[0];
				int eq = pair.indexOf('=');
				if (eq == pair.length() - 1) {
					cookies.remove(pair.substring(0, eq));
				}
				else {
					cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
				}
			}
		}
		return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, end < 0 ? "" : all.substring(end + 4));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
	}

}
