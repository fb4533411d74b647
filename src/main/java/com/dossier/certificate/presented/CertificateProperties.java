package com.dossier.certificate.presented;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's settings under {@code dossier.auth}. The names are fixed by issue 7 so
 * that deployment files keep working across versions; other features may bind further
 * keys under the same prefix.
 *
 * @param certificate off | optional | required
 * @param trustCa PEM file with the trusted CA certificates (roots and, if wanted,
 * intermediates)
 * @param crl CRL file, PEM (one or more CRLs) or DER; re-read when it changes
 * @param proxyHeader header in which a TLS-terminating proxy passes the client
 * certificate (nginx's {@code $ssl_client_escaped_cert}); empty when there is no such
 * proxy
 * @param trustedProxies addresses or CIDR ranges allowed to send that header
 */
@ConfigurationProperties("dossier.auth")
public record CertificateProperties(@DefaultValue("off") CertificateMode certificate, Path trustCa, Path crl,
		String proxyHeader, @DefaultValue List<String> trustedProxies) {

	public boolean hasProxyHeader() {
		return proxyHeader != null && !proxyHeader.isBlank();
	}
}
