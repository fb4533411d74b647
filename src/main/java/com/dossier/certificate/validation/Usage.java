package com.dossier.certificate.validation;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What a certificate's extensions allow it to be used for. Absent extensions allow
 * everything, as RFC 5280 says; present ones are obeyed. This is why a Chinese
 * dual-certificate holder's encryption certificate (key encipherment only) cannot stand
 * in for the signing one.
 */
final class Usage {

	private Usage() {
	}

	/**
	 * A holder's certificate: not a CA, signing allowed, client authentication among its
	 * extended usages.
	 */
	static boolean allowsClientAuth(X509CertificateHolder certificate) {
		Extensions extensions = certificate.getExtensions();
		if (extensions == null) {
			return true;
		}
		BasicConstraints constraints = BasicConstraints.fromExtensions(extensions);
		if (constraints != null && constraints.isCA()) {
			return false;
		}
		KeyUsage usage = KeyUsage.fromExtensions(extensions);
		if (usage != null && !usage.hasUsages(KeyUsage.digitalSignature)) {
			return false;
		}
		ExtendedKeyUsage extended = ExtendedKeyUsage.fromExtensions(extensions);
		return extended == null || extended.hasKeyPurposeId(KeyPurposeId.id_kp_clientAuth)
				|| extended.hasKeyPurposeId(KeyPurposeId.anyExtendedKeyUsage);
	}

}
