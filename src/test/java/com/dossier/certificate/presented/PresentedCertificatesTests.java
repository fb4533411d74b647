package com.dossier.certificate.presented;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.certificate.TestPki;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

class PresentedCertificatesTests {

	static final String HEADER = "X-SSL-Client-Cert";

	static Issued ca;

	static Issued holder;

	static Issued sm2Holder;

	final List<Object> events = new ArrayList<>();

	final PresentedCertificates reader = new PresentedCertificates(
			new CertificateProperties(CertificateMode.REQUIRED, null, null, HEADER, List.of("10.0.0.0/8", "::1")),
			events::add);

	@BeforeAll
	static void pki() {
		ca = TestPki.rootCa(Algorithm.RSA, "CN=Proxy Test CA");
		holder = ca.issue("CN=Holder").build();
		sm2Holder = TestPki.rootCa(Algorithm.SM2, "CN=SM2 CA").issue("CN=国密持有人").build();
	}

	@Test
	void readsNginxEscapedCertificateFromTrustedProxy() throws Exception {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader(HEADER, nginxEscape(holder.pem()));

		assertThat(reader.read(request)).containsExactly(holder.certificate());
		assertThat(events).isEmpty();
	}

	@Test
	void keepsLiteralPlusAndSlashOfBase64WhenOnlySpacesAndNewlinesAreEscaped() throws Exception {
		String pem = holder.pem();
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader(HEADER, pem.replace(" ", "%20").replace("\r", "").replace("\n", "%0A"));

		assertThat(pem).containsAnyOf("+", "/");
		assertThat(reader.read(request)).containsExactly(holder.certificate());
	}

	@Test
	void readsSm2CertificateAndFormEncodingAndIpv6Proxy() throws Exception {
		MockHttpServletRequest request = request("0:0:0:0:0:0:0:1");
		request.addHeader(HEADER, URLEncoder.encode(sm2Holder.pem(), StandardCharsets.UTF_8));

		assertThat(reader.read(request)).containsExactly(sm2Holder.certificate());
	}

	@Test
	void headerFromUntrustedAddressIsIgnoredAndAudited() throws Exception {
		MockHttpServletRequest request = request("203.0.113.7");
		request.addHeader(HEADER, nginxEscape(holder.pem()));

		assertThat(reader.read(request)).isEmpty();
		assertThat(events).singleElement().isInstanceOfSatisfying(AuditEvent.class, e -> {
			assertThat(e.action()).isEqualTo("certificate.untrusted_proxy");
			assertThat(e.outcome()).isEqualTo(Outcome.DENIED);
			assertThat(e.detail()).contains("203.0.113.7").contains(HEADER);
		});
	}

	@Test
	void untrustedHeaderDoesNotHideTheDirectTlsCertificate() throws Exception {
		MockHttpServletRequest request = request("203.0.113.7");
		request.addHeader(HEADER, nginxEscape(TestPki.rootCa(Algorithm.RSA, "CN=Forged").pem()));
		request.setAttribute(PresentedCertificates.TLS_ATTRIBUTE, new X509Certificate[] { jca(holder) });

		assertThat(reader.read(request)).containsExactly(holder.certificate());
	}

	@Test
	void readsTheDirectTlsChain() throws Exception {
		Issued intermediate = ca.issue("CN=Intermediate").ca().build();
		Issued leaf = intermediate.issue("CN=Leaf").build();
		MockHttpServletRequest request = request("198.51.100.1");
		request.setAttribute(PresentedCertificates.TLS_ATTRIBUTE,
				new X509Certificate[] { jca(leaf), jca(intermediate) });

		assertThat(reader.read(request)).containsExactly(leaf.certificate(), intermediate.certificate());
		assertThat(events).isEmpty();
	}

	@Test
	void fromTrustedProxyOnlyTheHeaderCounts() throws Exception {
		MockHttpServletRequest request = request("10.0.0.1");
		request.setAttribute(PresentedCertificates.TLS_ATTRIBUTE, new X509Certificate[] { jca(holder) });

		assertThat(reader.read(request)).as("the proxy's own TLS certificate is not the user's").isEmpty();
		request.addHeader(HEADER, "");
		assertThat(reader.read(request)).isEmpty();
	}

	@Test
	void nothingPresentedIsEmpty() throws Exception {
		assertThat(reader.read(request("198.51.100.1"))).isEmpty();
		assertThat(events).isEmpty();
	}

	@Test
	void undecodableHeaderFromTrustedProxyIsMalformed() {
		MockHttpServletRequest request = request("10.0.0.1");
		request.addHeader(HEADER, "-----BEGIN%20CERTIFICATE-----%0Abm9wZQ%3D%3D%0A-----END%20CERTIFICATE-----");
		assertThatIOException().isThrownBy(() -> reader.read(request));

		MockHttpServletRequest badEscape = request("10.0.0.1");
		badEscape.addHeader(HEADER, "%ZZ");
		assertThatIOException().isThrownBy(() -> reader.read(badEscape));
	}

	@Test
	void withoutConfiguredHeaderProxiesAreIrrelevant() throws Exception {
		PresentedCertificates direct = new PresentedCertificates(
				new CertificateProperties(CertificateMode.REQUIRED, null, null, " ", List.of()), events::add);
		MockHttpServletRequest request = request("10.0.0.1");
		request.addHeader(HEADER, nginxEscape(holder.pem()));

		assertThat(direct.read(request)).isEmpty();
		assertThat(events).isEmpty();
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	/**
	 * As nginx's ngx_escape_uri writes $ssl_client_escaped_cert: every byte but
	 * unreserved ones as %XX.
	 */
	private static String nginxEscape(String pem) {
		StringBuilder out = new StringBuilder();
		for (byte b : pem.getBytes(StandardCharsets.US_ASCII)) {
			char c = (char) b;
			if (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b));
			}
		}
		return out.toString();
	}

	private static X509Certificate jca(Issued issued) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(issued.der()));
	}

}
