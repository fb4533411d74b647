package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.dossier.certificate.TestPki.Issued;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real TLS handshakes against the running application, terminated by Tomcat with
 * client-auth "want": the certificate a client presents reaches the validator; none is
 * fine for the handshake itself.
 */
class CertificateTlsTests extends CertificateLoginContext {

	static final Issued CLIENT = CA.issue("CN=上海示范建设工程有限公司,SERIALNUMBER=91350100M000100Y43,C=CN").build();

	@LocalServerPort
	int port;

	@Test
	void clientCertificateFromTheHandshakeIsValidated() {
		JsonNode presented = presented(CLIENT);

		assertThat(presented.get("presented").asBoolean()).isTrue();
		assertThat(presented.get("valid").asBoolean()).isTrue();
		assertThat(presented.get("kind").asString()).isEqualTo("ENTERPRISE");
		assertThat(presented.get("creditCode").asString()).isEqualTo("91350100M000100Y43");
		assertThat(presented.get("holder").asString()).isEqualTo("上海示范建设工程有限公司");
		assertThat(presented.get("issuer").asString()).contains("Login Test CA");
	}

	@Test
	void handshakeWithoutClientCertificateSucceedsAndSaysNoneWasSent() {
		JsonNode presented = presented(null);

		assertThat(presented.get("presented").asBoolean()).isFalse();
		assertThat(presented.get("code").asString()).isEqualTo("certificate.absent");
		assertThat(presented.get("message").asString()).startsWith("No digital certificate was presented");
		assertThat(presented.get("mode").asString()).isEqualTo("REQUIRED");
	}

	@Test
	void revokedCertificateCompletesTheHandshakeButIsRefused() {
		JsonNode presented = presented(REVOKED);

		assertThat(presented.get("presented").asBoolean()).isTrue();
		assertThat(presented.get("valid").asBoolean()).isFalse();
		assertThat(presented.get("code").asString()).isEqualTo("certificate.revoked");
	}

	private JsonNode presented(Issued client) {
		HttpResponse<String> response = new TlsBrowser(port, CA, client).get("/api/v1/certificate?lang=en");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
