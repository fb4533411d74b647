package com.dossier.certificate.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Whom a certificate names, as far as binding it to an account goes. An enterprise
 * certificate (法人一证通) carries the 统一社会信用代码 in the subject's serialNumber (OID 2.5.4.5) or
 * in the CN: it binds by that code, so that a renewed certificate of the same enterprise
 * keeps working. Any other certificate is a person's: it binds by its subject and serial
 * number (and issuer, as serial numbers are unique only per CA). {@code holder} is the
 * CN, for showing.
 */
public record CertificateIdentity(BindingKind kind, String creditCode, String holder, String subject,
		String serialNumber, String issuer) {

	static CertificateIdentity of(X509CertificateHolder certificate) {
		X500Name subject = certificate.getSubject();
		String serial = certificate.getSerialNumber().toString(16).toUpperCase();
		String issuer = certificate.getIssuer().toString();
		Optional<String> code = first(subject, BCStyle.SERIALNUMBER).flatMap(SubjectCreditCode::findIn)
			.or(() -> first(subject, BCStyle.CN).flatMap(SubjectCreditCode::findIn));
		String holder = first(subject, BCStyle.CN).orElse(subject.toString());
		return new CertificateIdentity(code.isPresent() ? BindingKind.ENTERPRISE : BindingKind.PERSON,
				code.orElse(null), holder, subject.toString(), serial, issuer);
	}

	/**
	 * What a stored binding is compared by: the credit code, or a digest of subject,
	 * serial and issuer (a digest keeps the key short enough for a unique index whatever
	 * the length of the names).
	 */
	public String key() {
		if (kind == BindingKind.ENTERPRISE) {
			return "ENTERPRISE:" + creditCode;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((subject + "\n" + serialNumber + "\n" + issuer).getBytes(StandardCharsets.UTF_8));
			return "PERSON:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
		for (RDN rdn : name.getRDNs(type)) {
			for (var attribute : rdn.getTypesAndValues()) {
				if (attribute.getType().equals(type)) {
					return Optional.of(attribute.getValue() instanceof ASN1String s ? s.getString()
							: IETFUtils.valueToString(attribute.getValue()));
				}
			}
		}
		return Optional.empty();
	}
}
