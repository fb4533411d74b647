package com.dossier.certificate;

import java.security.Provider;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Signature checks with Bouncy Castle's provider, passed explicitly rather than installed JVM-wide: it verifies
 * SM2 with SM3 (国密), which the JDK cannot, as well as RSA and ECDSA. Any failure to verify counts as "does not
 * verify": an unknown algorithm must never be taken as a valid signature.
 */
final class Signatures {

	private static final Provider PROVIDER = new BouncyCastleProvider();

	private Signatures() {
	}

	static boolean verifies(X509CertificateHolder certificate, X509CertificateHolder issuer) {
		try {
			return certificate.isSignatureValid(verifier(issuer));
		}
		catch (Exception e) {
			return false;
		}
	}

	static boolean verifies(X509CRLHolder crl, X509CertificateHolder issuer) {
		try {
			return crl.isSignatureValid(verifier(issuer));
		}
		catch (Exception e) {
			return false;
		}
	}

	private static ContentVerifierProvider verifier(X509CertificateHolder issuer) throws Exception {
		return new JcaContentVerifierProviderBuilder().setProvider(PROVIDER).build(issuer);
	}
}
