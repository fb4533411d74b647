package com.dossier.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.support.TestData;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the certificate-login tests (a second one besides the
 * shared HttpTest context, as TLS and the mode are start-up settings): Tomcat terminates
 * TLS with client-auth "want" on a random port, the mode is required, and 10.0.0.0/8 may
 * send the proxy header (MockMvc requests pretend to come from there). Every subclass
 * inherits exactly this setup, so they share the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.ssl.bundle=dossier-tls-test", "server.ssl.client-auth=want",
				"dossier.auth.certificate=required", "dossier.auth.proxy-header=X-SSL-Client-Cert",
				"dossier.auth.trusted-proxies=10.0.0.0/8" })
@AutoConfigureMockMvc
@Import(TestData.class)
abstract class CertificateLoginContext {

	static final Issued CA = TestPki.rootCa(Algorithm.RSA, "CN=Login Test CA,O=Dossier,C=CN");

	static final Issued SERVER = CA.issue("CN=localhost").server().build();

	/**
	 * Revoked in the CRL from the start; JSSE lets it through the handshake, our check
	 * must not.
	 */
	static final Issued REVOKED = CA.issue("CN=Revoked Holder,C=CN").build();

	static final Path DIR = files();

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry registry) {
		String bundle = "spring.ssl.bundle.pem.dossier-tls-test.";
		registry.add(bundle + "keystore.certificate", () -> "file:" + DIR.resolve("server.crt"));
		registry.add(bundle + "keystore.private-key", () -> "file:" + DIR.resolve("server.key"));
		registry.add(bundle + "truststore.certificate", () -> "file:" + DIR.resolve("ca.pem"));
		registry.add("dossier.auth.trust-ca", () -> DIR.resolve("ca.pem").toString());
		registry.add("dossier.auth.crl", () -> DIR.resolve("ca.crl").toString());
	}

	private static Path files() {
		try {
			Path dir = Files.createTempDirectory("dossier-certificate-test");
			Files.writeString(dir.resolve("server.crt"), SERVER.pem());
			Files.writeString(dir.resolve("server.key"), SERVER.privateKeyPem());
			Files.writeString(dir.resolve("ca.pem"), CA.pem());
			Files.writeString(dir.resolve("ca.crl"), TestPki.pem(CA.crl(REVOKED.serial())));
			for (String name : new String[] { "server.crt", "server.key", "ca.pem", "ca.crl" }) {
				dir.resolve(name).toFile().deleteOnExit();
			}
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
