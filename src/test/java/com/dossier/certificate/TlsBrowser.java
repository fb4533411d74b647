package com.dossier.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.dossier.certificate.TestPki.Issued;

/**
 * A browser over real TLS: it trusts the test CA, presents a client certificate in the
 * handshake (or none), keeps cookies, follows no redirects, and posts forms with the CSRF
 * token of the last page, as a person's browser would.
 */
final class TlsBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private String csrf;

	private String language = "zh-CN";

	TlsBrowser(int port, Issued ca, Issued client) {
		this.base = "https://localhost:" + port;
		try {
			this.http = HttpClient.newBuilder()
				.sslContext(ssl(ca, client))
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.version(HttpClient.Version.HTTP_1_1)
				.build();
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	TlsBrowser language(String language) {
		this.language = language;
		return this;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	/** Signs in through the form, as a person does; returns the redirect. */
	HttpResponse<String> login(String username, String password) {
		get("/login");
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** An API call with HTTP Basic, over the same TLS connection settings. */
	HttpResponse<String> basic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", language)
			.header("Accept", "text/html,application/json,application/problem+json");
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

	private static SSLContext ssl(Issued ca, Issued client) throws GeneralSecurityException, IOException {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("ca", jca(ca));
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trust);
		KeyStore keys = KeyStore.getInstance("PKCS12");
		keys.load(null, null);
		if (client != null) {
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(client.keys().getPrivate().getEncoded()));
			keys.setKeyEntry("client", key, "x".toCharArray(), new Certificate[] { jca(client) });
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, "x".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
		return context;
	}

	private static Certificate jca(Issued issued) throws GeneralSecurityException {
		return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(issued.der()));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
	}

}
