package com.dossier.certificate.validation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/**
 * Reads certificates and CRLs as operators and proxies hand them over: PEM (any number of
 * blocks, other blocks skipped), DER, or bare base64 DER. Parsing is Bouncy Castle's,
 * which also understands SM2 keys the JDK's certificate factory does not.
 */
public final class Pem {

	private Pem() {
	}

	/**
	 * @throws IOException when the bytes hold no certificate or a damaged one
	 */
	public static List<X509CertificateHolder> certificates(byte[] content) throws IOException {
		List<X509CertificateHolder> found = new ArrayList<>();
		for (Object o : objects(content)) {
			if (o instanceof X509CertificateHolder holder) {
				found.add(holder);
			}
		}
		if (found.isEmpty()) {
			try {
				found.add(new X509CertificateHolder(Certificate.getInstance(der(content))));
			}
			catch (RuntimeException e) {
				throw new IOException("not a certificate", e);
			}
		}
		return found;
	}

	/**
	 * @throws IOException when the bytes hold no CRL or a damaged one
	 */
	static List<X509CRLHolder> crls(byte[] content) throws IOException {
		List<X509CRLHolder> found = new ArrayList<>();
		for (Object o : objects(content)) {
			if (o instanceof X509CRLHolder holder) {
				found.add(holder);
			}
		}
		if (found.isEmpty()) {
			try {
				found.add(new X509CRLHolder(CertificateList.getInstance(der(content))));
			}
			catch (RuntimeException e) {
				throw new IOException("not a CRL", e);
			}
		}
		return found;
	}

	private static List<Object> objects(byte[] content) throws IOException {
		String text = new String(content, StandardCharsets.ISO_8859_1);
		List<Object> objects = new ArrayList<>();
		if (!text.contains("-----BEGIN ")) {
			return objects;
		}
		try (PEMParser parser = new PEMParser(new StringReader(text))) {
			for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
				objects.add(o);
			}
		}
		catch (RuntimeException e) {
			throw new IOException("damaged PEM", e);
		}
		return objects;
	}

	/** DER as is, or base64 of DER without the PEM armour (as some proxies send it). */
	private static byte[] der(byte[] content) throws IOException {
		if (content.length == 0) {
			throw new IOException("empty");
		}
		if (content[0] == 0x30) {
			return content;
		}
		try {
			String base64 = new String(content, StandardCharsets.ISO_8859_1).replaceAll("\\s+", "");
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new IOException("neither PEM nor DER", e);
		}
	}

}
