package com.dossier.certificate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for tests: CAs, holders' certificates and CRLs made on the fly with
 * Bouncy Castle, RSA or SM2, so that no private key is ever committed.
 */
public final class TestPki {

	public static final Provider BC = new BouncyCastleProvider();

	private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

	public enum Algorithm {

		RSA("SHA256withRSA"), SM2("SM3withSM2");

		final String signature;

		Algorithm(String signature) {
			this.signature = signature;
		}

		KeyPair keys() {
			try {
				if (this == RSA) {
					KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
					generator.initialize(2048);
					return generator.generateKeyPair();
				}
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
				generator.initialize(new ECGenParameterSpec("sm2p256v1"));
				return generator.generateKeyPair();
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	/** A certificate with its key pair; a CA issues with {@link #issue}. */
	public record Issued(Algorithm algorithm, KeyPair keys, X509CertificateHolder certificate) {

		public Builder issue(String subject) {
			return new Builder(this, new X500Name(subject));
		}

		public X509CRLHolder crl(BigInteger... revoked) {
			return crl(Instant.now().plus(Duration.ofDays(7)), revoked);
		}

		public X509CRLHolder crl(Instant nextUpdate, BigInteger... revoked) {
			Instant now = Instant.now();
			X509v2CRLBuilder builder = new X509v2CRLBuilder(certificate.getSubject(), Date.from(now.minusSeconds(60)));
			builder.setNextUpdate(Date.from(nextUpdate));
			for (BigInteger serial : revoked) {
				builder.addCRLEntry(serial, Date.from(now.minusSeconds(30)), CRLReason.keyCompromise);
			}
			return builder.build(signer(this));
		}

		public BigInteger serial() {
			return certificate.getSerialNumber();
		}

		public String pem() {
			return TestPki.pem(certificate);
		}

		/**
		 * The private key as unencrypted PKCS#8 PEM, for a server key file written to a
		 * temporary directory.
		 */
		public String privateKeyPem() {
			try {
				return TestPki.pem(new JcaPKCS8Generator(keys.getPrivate(), null).generate());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		public byte[] der() {
			try {
				return certificate.getEncoded();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	public static final class Builder {

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

		Builder(Issued issuer, X500Name subject) {
			this.issuer = issuer;
			this.subject = subject;
			this.algorithm = issuer == null ? null : issuer.algorithm();
		}

		public Builder valid(Instant from, Instant to) {
			this.notBefore = from;
			this.notAfter = to;
			return this;
		}

		public Builder ca() {
			this.ca = true;
			this.keyUsage = KeyUsage.keyCertSign | KeyUsage.cRLSign;
			this.extendedUsage = List.of();
			return this;
		}

		/**
		 * A CA that may have at most this many CAs below it (basicConstraints
		 * pathLenConstraint).
		 */
		public Builder ca(int pathLength) {
			this.pathLength = pathLength;
			return ca();
		}

		/**
		 * Names may be issued below this CA only within the subtree, e.g.
		 * "C=CN,O=Dossier" (nameConstraints).
		 */
		public Builder permittedSubtree(String name) {
			this.permittedSubtree = new X500Name(name);
			return this;
		}

		/**
		 * A critical extension of a private OID no validator knows, which RFC 5280 says
		 * must refuse the path.
		 */
		public Builder unknownCriticalExtension() {
			this.criticalExtension = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.13.1");
			return this;
		}

		public Builder keyUsage(Integer usage) {
			this.keyUsage = usage;
			return this;
		}

		public Builder extendedUsage(KeyPurposeId... purposes) {
			this.extendedUsage = List.of(purposes);
			return this;
		}

		/**
		 * A TLS server's certificate for localhost, as Tomcat presents it in the
		 * handshake tests.
		 */
		public Builder server() {
			this.keyUsage = KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
			this.extendedUsage = List.of(KeyPurposeId.id_kp_serverAuth);
			this.server = true;
			return this;
		}

		public Builder algorithm(Algorithm algorithm) {
			this.algorithm = algorithm;
			return this;
		}

		public Issued build() {
			KeyPair keys = algorithm.keys();
			Issued signerOf = issuer;
			X500Name issuerName = issuer == null ? subject : issuer.certificate().getSubject();
			try {
				X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
						BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
						subject, keys.getPublic());
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
				ContentSigner signer = signerOf == null ? signer(algorithm, keys) : signer(signerOf);
				return new Issued(algorithm, keys, builder.build(signer));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

	private TestPki() {
	}

	/** A self-signed root CA. */
	public static Issued rootCa(Algorithm algorithm, String subject) {
		return new Builder(null, new X500Name(subject)).algorithm(algorithm).ca().build();
	}

	public static String pem(Object... objects) {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			for (Object o : objects) {
				writer.writeObject(o);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static ContentSigner signer(Issued issuer) {
		return signer(issuer.algorithm(), issuer.keys());
	}

	private static ContentSigner signer(Algorithm algorithm, KeyPair keys) {
		try {
			return new JcaContentSignerBuilder(algorithm.signature).setProvider(BC).build(keys.getPrivate());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
