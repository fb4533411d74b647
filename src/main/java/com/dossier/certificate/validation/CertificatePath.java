package com.dossier.certificate.validation;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The certification path from a holder's certificate to a trusted CA, built and validated
 * by the PKIX algorithm (RFC 5280) of Bouncy Castle's provider, passed explicitly rather
 * than installed JVM-wide: it verifies SM2 with SM3 (国密), which the JDK cannot, as well
 * as RSA and ECDSA. Revocation is left to {@link Revocation}, which reads the operator's
 * CRL file by rules of its own (a stale CRL still counts; no CRL for an issuer is no
 * revocation).
 *
 * @param certificates the holder's certificate first, up to and including the trust
 * anchor's; empty when refused
 * @param problem why no acceptable path exists, or null
 */
record CertificatePath(List<X509CertificateHolder> certificates, CertificateReason problem) {

	private static final Provider PROVIDER = new BouncyCastleProvider();

	/**
	 * Longest chain followed from the holder to a CA; real ones have one or two
	 * intermediates.
	 */
	private static final int MAX_INTERMEDIATES = 5;

	/** The trust anchors of a PEM file of CA certificates, for {@link ReloadingFile}. */
	static Set<TrustAnchor> anchors(byte[] pemFile) throws IOException {
		Set<TrustAnchor> anchors = new HashSet<>();
		for (X509CertificateHolder ca : Pem.certificates(pemFile)) {
			try {
				anchors.add(new TrustAnchor(x509(ca), null));
			}
			catch (GeneralSecurityException e) {
				throw new IOException("unusable CA certificate " + ca.getSubject(), e);
			}
		}
		return anchors;
	}

	static CertificatePath build(X509CertificateHolder holder, List<X509CertificateHolder> intermediates,
			Set<TrustAnchor> anchors, Instant at) {
		try {
			List<X509Certificate> candidates = new ArrayList<>();
			for (X509CertificateHolder certificate : intermediates) {
				candidates.add(x509(certificate));
			}
			X509Certificate holderCertificate = x509(holder);
			candidates.add(holderCertificate);
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(holderCertificate);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
			parameters.addCertStore(
					CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates), PROVIDER));
			parameters.setDate(Date.from(at));
			parameters.setMaxPathLength(MAX_INTERMEDIATES);
			parameters.setRevocationEnabled(false);
			PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX", PROVIDER)
				.build(parameters);
			List<X509CertificateHolder> path = new ArrayList<>();
			for (Certificate certificate : result.getCertPath().getCertificates()) {
				path.add(new X509CertificateHolder(certificate.getEncoded()));
			}
			path.add(new X509CertificateHolder(result.getTrustAnchor().getTrustedCert().getEncoded()));
			return new CertificatePath(List.copyOf(path), null);
		}
		catch (CertPathBuilderException e) {
			return new CertificatePath(List.of(), reason(e));
		}
		catch (GeneralSecurityException | IOException | RuntimeException e) {
			// A key or algorithm the provider cannot use: nothing is verified, so nothing
			// is trusted.
			return new CertificatePath(List.of(), CertificateReason.UNTRUSTED);
		}
	}

	/**
	 * Bouncy Castle leaves the reason of a failed path unspecified; a path that failed
	 * only on a date carries the JDK's validity exception as its cause. Anything else (no
	 * path to a CA, a signature, a CA's constraint, an unknown critical extension) is
	 * untrusted.
	 */
	private static CertificateReason reason(CertPathBuilderException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CertificateExpiredException) {
				return CertificateReason.EXPIRED;
			}
			if (cause instanceof CertificateNotYetValidException) {
				return CertificateReason.NOT_YET_VALID;
			}
		}
		return CertificateReason.UNTRUSTED;
	}

	private static X509Certificate x509(X509CertificateHolder certificate) throws GeneralSecurityException {
		return new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(certificate);
	}
}
