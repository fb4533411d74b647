package com.dossier.certificate.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What is shown and stored about a client certificate: whom it names, who issued it,
 * until when, its fingerprint.
 */
public record CertificateDetails(CertificateIdentity identity, Instant notBefore, Instant notAfter,
		String fingerprint) {

	public static CertificateDetails of(X509CertificateHolder certificate) {
		return new CertificateDetails(CertificateIdentity.of(certificate), certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant(), fingerprint(certificate));
	}

	/**
	 * True when the certificate ends within the period from now (the after-login warning
	 * uses 30 days).
	 */
	public boolean expiresWithin(Duration period, Instant now) {
		return notAfter.isBefore(now.plus(period));
	}

	/**
	 * SHA-256 of the DER encoding, upper-case hex, as browsers and
	 * {@code openssl x509 -fingerprint} show it.
	 */
	public static String fingerprint(X509CertificateHolder certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.of().withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
