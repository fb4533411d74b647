package com.dossier.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;

/**
 * A certificate {@link TestPki} is about to issue: a holder's by default (digital
 * signature, client authentication), a CA's, a TLS server's, or one a validator must
 * refuse.
 */
public final class CertificateBuilder {

	private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

	private final Issued issuer;

	private final X500Name subject;

	private Instant notBefore = Instant.now().minus(Duration.ofDays(1));

	private Instant notAfter = Instant.now().plus(Duration.ofDays(365));

	private boolean ca;

	private Integer pathLength;

	private X500Name permittedSubtree;

	private ASN1ObjectIdentifier criticalExtension;

	private Integer keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

	private List<KeyPurposeId> extendedUsage = new ArrayList<>(List.of(KeyPurposeId.id_kp_clientAuth));

	private Algorithm algorithm;

	private boolean server;

	CertificateBuilder(Issued issuer, X500Name subject) {
		this.issuer = issuer;
		this.subject = subject;
		this.algorithm = issuer == null ? null : issuer.algorithm();
	}

	public CertificateBuilder valid(Instant from, Instant to) {
		this.notBefore = from;
		this.notAfter = to;
		return this;
	}

	public CertificateBuilder ca() {
		this.ca = true;
		this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign;
		this.extendedUsage = List.of();
		return this;
	}

	/**
	 * A CA that may have at most this many CAs below it (basicConstraints
	 * pathLenConstraint).
	 */
	public CertificateBuilder ca(int pathLength) {
		this.pathLength = pathLength;
		return ca();
	}

	/**
	 * Names may be issued below this CA only within the subtree, e.g. "C=CN,O=Dossier"
	 * (nameConstraints).
	 */
	public CertificateBuilder permittedSubtree(String name) {
		this.permittedSubtree = new X500Name(name);
		return this;
	}

	/**
	 * A critical extension of a private OID no validator knows, which RFC 5280 says must
	 * refuse the path.
	 */
	public CertificateBuilder unknownCriticalExtension() {
		this.criticalExtension = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.13.1");
		return this;
	}

	public CertificateBuilder keyUsage(Integer usage) {
		this.keyUsage = usage;
		return this;
	}

	public CertificateBuilder extendedUsage(KeyPurposeId... purposes) {
		this.extendedUsage = List.of(purposes);
		return this;
	}

	/**
	 * A TLS server's certificate for localhost, as Tomcat presents it in the handshake
	 * tests.
	 */
	public CertificateBuilder server() {
		this.keyUsage = KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
		this.extendedUsage = List.of(KeyPurposeId.id_kp_serverAuth);
		this.server = true;
		return this;
	}

	public CertificateBuilder algorithm(Algorithm algorithm) {
		this.algorithm = algorithm;
		return this;
	}

	public Issued build() {
		KeyPair keys = algorithm.keys();
		Issued signerOf = issuer;
		X500Name issuerName = issuer == null ? subject : issuer.certificate().getSubject();
		try {
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
					BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
					keys.getPublic());
			if (server) {
				builder.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
								new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
			}
			if (ca) {
				builder.addExtension(Extension.basicConstraints, true,
						pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength));
			}
			if (permittedSubtree != null) {
				builder.addExtension(Extension.nameConstraints, true, new NameConstraints(
						new GeneralSubtree[] { new GeneralSubtree(new GeneralName(permittedSubtree)) }, null));
			}
			if (criticalExtension != null) {
				builder.addExtension(criticalExtension, true, DERNull.INSTANCE);
			}
			if (keyUsage != null) {
				builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
			}
			if (!extendedUsage.isEmpty()) {
				builder.addExtension(Extension.extendedKeyUsage, false,
						new ExtendedKeyUsage(extendedUsage.toArray(KeyPurposeId[]::new)));
			}
			ContentSigner signer = signerOf == null ? TestPki.signer(algorithm, keys) : TestPki.signer(signerOf);
			return new Issued(algorithm, keys, builder.build(signer));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
