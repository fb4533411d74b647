package com.dossier.certificate.presented;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.certificate.validation.Pem;
import com.dossier.shared.proxy.ForwardedClient;
import com.dossier.shared.proxy.TrustedProxies;
import jakarta.servlet.http.HttpServletRequest;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Finds the client certificate a request carries, in one of the two deployments: TLS
 * terminated by this application (the servlet container's request attribute) or by a
 * reverse proxy that passes the certificate in {@code dossier.auth.proxy-header}. The
 * header is believed only from {@code dossier.auth.trusted-proxies}; from anywhere else
 * it is ignored and the attempt is audited, since a client could otherwise name any
 * certificate. From a trusted proxy only the header counts: the TLS attribute there would
 * be the proxy's own certificate.
 */
class PresentedCertificates {

	static final String TLS_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

	static final String UNTRUSTED_PROXY = "certificate.untrusted_proxy";

	private static final Logger log = LoggerFactory.getLogger(PresentedCertificates.class);

	/** A chain is a few kilobytes; more is not a certificate. */
	private static final int MAX_HEADER = 32 * 1024;

	private static final Pattern ARMOUR = Pattern.compile("-----(BEGIN|END)\\+([A-Z0-9+]+)-----");

	private final String header;

	private final TrustedProxies proxies;

	private final ApplicationEventPublisher events;

	PresentedCertificates(CertificateProperties properties, ApplicationEventPublisher events) {
		this.header = properties.hasProxyHeader() ? properties.proxyHeader().trim() : null;
		this.proxies = TrustedProxies.of(properties.trustedProxies());
		this.events = events;
	}

	/**
	 * @return the holder's certificate first, then any intermediates; empty when none was
	 * presented
	 * @throws IOException when a certificate was presented but cannot be decoded
	 */
	List<X509CertificateHolder> read(HttpServletRequest request) throws IOException {
		String value = header == null ? null : request.getHeader(header);
		String peer = ForwardedClient.connectionAddress(request);
		if (header != null && proxies.contains(peer)) {
			return value == null || value.isBlank() || value.equals("-") ? List.of() : decode(value);
		}
		if (value != null) {
			log.warn("Ignored {} header from {}, which is not a trusted proxy", header, peer);
			events.publishEvent(AuditEvent.byActor(UNTRUSTED_PROXY, Outcome.DENIED, null,
					"header " + header + " from " + peer + " ignored"));
		}
		return fromTls(request);
	}

	private static List<X509CertificateHolder> fromTls(HttpServletRequest request) throws IOException {
		if (!(request.getAttribute(TLS_ATTRIBUTE) instanceof X509Certificate[] chain)) {
			return List.of();
		}
		List<X509CertificateHolder> holders = new ArrayList<>();
		for (X509Certificate certificate : chain) {
			try {
				holders.add(new X509CertificateHolder(certificate.getEncoded()));
			}
			catch (CertificateEncodingException e) {
				throw new IOException(e);
			}
		}
		return holders;
	}

	/**
	 * nginx's {@code $ssl_client_escaped_cert}: the PEM, percent-escaped; a form-encoded
	 * '+' in the armour too.
	 */
	static List<X509CertificateHolder> decode(String value) throws IOException {
		if (value.length() > MAX_HEADER) {
			throw new IOException("certificate header too long");
		}
		String pem = ARMOUR.matcher(percentDecode(value))
			.replaceAll(m -> "-----" + m.group(1) + " " + m.group(2).replace('+', ' ') + "-----");
		return Pem.certificates(pem.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * Percent escapes only: a literal '+' stays '+', as it is in base64 and in what nginx
	 * sends.
	 */
	private static String percentDecode(String value) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%') {
				if (i + 2 >= value.length()) {
					throw new IOException("truncated escape");
				}
				int high = Character.digit(value.charAt(i + 1), 16);
				int low = Character.digit(value.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw new IOException("bad escape");
				}
				out.write(high * 16 + low);
				i += 2;
			}
			else {
				out.write(c);
			}
		}
		return out.toString(StandardCharsets.ISO_8859_1);
	}

}
