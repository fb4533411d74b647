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
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
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

		public CertificateBuilder issue(String subject) {
			return new CertificateBuilder(this, new X500Name(subject));
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

	private TestPki() {
	}

	/** A self-signed root CA. */
	public static Issued rootCa(Algorithm algorithm, String subject) {
		return new CertificateBuilder(null, new X500Name(subject)).algorithm(algorithm).ca().build();
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

	static ContentSigner signer(Issued issuer) {
		return signer(issuer.algorithm(), issuer.keys());
	}

	static ContentSigner signer(Algorithm algorithm, KeyPair keys) {
		try {
			return new JcaContentSignerBuilder(algorithm.signature).setProvider(BC).build(keys.getPrivate());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
