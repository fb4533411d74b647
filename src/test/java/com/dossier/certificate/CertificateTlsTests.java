package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real TLS handshakes against the running application, terminated by Tomcat with client-auth "want": the
 * certificate a client presents reaches the validator; none is fine for the handshake. Certificates and keys are
 * generated here and written to a temporary directory only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.ssl.bundle=dossier-tls-test", "server.ssl.client-auth=want",
				"dossier.auth.certificate=optional" })
class CertificateTlsTests {

	static final Issued CA = TestPki.rootCa(Algorithm.RSA, "CN=TLS Test CA,O=Dossier,C=CN");

	static final Issued SERVER = CA.issue("CN=localhost").server().build();

	static final Issued CLIENT = CA.issue("CN=上海示范建设工程有限公司,SERIALNUMBER=91350100M000100Y43,C=CN").build();

	static final Issued REVOKED = CA.issue("CN=Revoked Holder,C=CN").build();

	static final Path DIR = files();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry registry) {
		String bundle = "spring.ssl.bundle.pem.dossier-tls-test.";
		registry.add(bundle + "keystore.certificate", () -> "file:" + DIR.resolve("server.crt"));
		registry.add(bundle + "keystore.private-key", () -> "file:" + DIR.resolve("server.key"));
		registry.add(bundle + "truststore.certificate", () -> "file:" + DIR.resolve("ca.pem"));
		registry.add("dossier.auth.trust-ca", () -> DIR.resolve("ca.pem").toString());
		registry.add("dossier.auth.crl", () -> DIR.resolve("ca.crl").toString());
	}

	@Test
	void clientCertificateFromTheHandshakeIsValidated() throws Exception {
		JsonNode presented = get(CLIENT);

		assertThat(presented.get("presented").asBoolean()).isTrue();
		assertThat(presented.get("valid").asBoolean()).isTrue();
		assertThat(presented.get("kind").asString()).isEqualTo("ENTERPRISE");
		assertThat(presented.get("creditCode").asString()).isEqualTo("91350100M000100Y43");
		assertThat(presented.get("holder").asString()).isEqualTo("上海示范建设工程有限公司");
		assertThat(presented.get("issuer").asString()).contains("TLS Test CA");
	}

	@Test
	void handshakeWithoutClientCertificateSucceedsAndSaysNoneWasSent() throws Exception {
		JsonNode presented = get(null);

		assertThat(presented.get("presented").asBoolean()).isFalse();
		assertThat(presented.get("code").asString()).isEqualTo("certificate.absent");
		assertThat(presented.get("mode").asString()).isEqualTo("OPTIONAL");
	}

	@Test
	void revokedCertificateCompletesTheHandshakeButIsRefused() throws Exception {
		JsonNode presented = get(REVOKED);

		assertThat(presented.get("presented").asBoolean()).isTrue();
		assertThat(presented.get("valid").asBoolean()).isFalse();
		assertThat(presented.get("code").asString()).isEqualTo("certificate.revoked");
	}

	private JsonNode get(Issued client) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.sslContext(ssl(client))
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("https://localhost:" + port + "/api/v1/certificate?lang=en"))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static SSLContext ssl(Issued client) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("ca", jca(CA));
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trust);
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		KeyStore keys = KeyStore.getInstance("PKCS12");
		keys.load(null, null);
		if (client != null) {
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(client.keys().getPrivate().getEncoded()));
			keys.setKeyEntry("client", key, "x".toCharArray(), new Certificate[] { jca(client) });
		}
		keyManagers.init(keys, "x".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
		return context;
	}

	private static Certificate jca(Issued issued) throws Exception {
		return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(issued.der()));
	}

	private static Path files() {
		try {
			Path dir = Files.createTempDirectory("dossier-tls-test");
			Files.writeString(dir.resolve("server.crt"), SERVER.pem());
			Files.writeString(dir.resolve("server.key"), SERVER.privateKeyPem());
			Files.writeString(dir.resolve("ca.pem"), CA.pem());
			Files.writeString(dir.resolve("ca.crl"), TestPki.pem(CA.crl(REVOKED.serial())));
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
