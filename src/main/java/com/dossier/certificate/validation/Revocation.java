package com.dossier.certificate.validation;

import java.nio.file.Path;
import java.security.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a validated path is revoked by the operator's CRL file
 * ({@code dossier.auth.crl}). Each certificate below the CA is looked up in the CRLs its
 * issuer signed. A CRL that claims to come from the issuer but whose signature does not
 * verify makes the answer unknown, and unknown is a refusal; a CRL past its next update
 * is still used.
 */
final class Revocation {

	private static final Logger log = LoggerFactory.getLogger(Revocation.class);

	/** Bouncy Castle's, passed explicitly: it verifies SM2 signatures of 国密 CAs too. */
	private static final Provider PROVIDER = new BouncyCastleProvider();

	private final ReloadingFile<List<X509CRLHolder>> crls;

	/**
	 * @param crl the CRL file, or null for no revocation check
	 */
	Revocation(Path crl) {
		this.crls = crl == null ? null : new ReloadingFile<>(crl, Pem::crls);
	}

	/**
	 * @param path the holder's certificate first, up to and including the trust anchor's
	 * @return {@link CertificateReason#REVOKED},
	 * {@link CertificateReason#CRL_UNAVAILABLE}, or null when neither
	 */
	CertificateReason check(List<X509CertificateHolder> path, Instant now) {
		if (crls == null) {
			return null;
		}
		Optional<List<X509CRLHolder>> lists = crls.current();
		if (lists.isEmpty()) {
			return CertificateReason.CRL_UNAVAILABLE;
		}
		for (int i = 0; i < path.size() - 1; i++) {
			X509CertificateHolder certificate = path.get(i);
			X509CertificateHolder issuer = path.get(i + 1);
			for (X509CRLHolder crl : lists.get()) {
				if (!crl.getIssuer().equals(certificate.getIssuer())) {
					continue;
				}
				if (!verifies(crl, issuer)) {
					log.error("CRL {} names issuer {} but its signature does not verify", crls.path(), crl.getIssuer());
					return CertificateReason.CRL_UNAVAILABLE;
				}
				if (crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
					log.warn("CRL {} of {} is past its next update {}; still used", crls.path(), crl.getIssuer(),
							crl.getNextUpdate());
				}
				if (crl.getRevokedCertificate(certificate.getSerialNumber()) != null) {
					return CertificateReason.REVOKED;
				}
			}
		}
		return null;
	}

	/**
	 * Any failure to verify counts as "does not verify": an unknown algorithm is never a
	 * valid signature.
	 */
	private static boolean verifies(X509CRLHolder crl, X509CertificateHolder issuer) {
		try {
			return crl.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(issuer));
		}
		catch (Exception e) {
			return false;
		}
	}

}
