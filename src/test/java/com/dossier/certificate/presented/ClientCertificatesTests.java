package com.dossier.certificate.presented;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.dossier.certificate.TestPki;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.validation.CertificateCheck;
import com.dossier.certificate.validation.CertificateReason;
import com.dossier.certificate.validation.CertificateValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The request-level answer login will use: presented or not, readable or not, valid or
 * why not.
 */
class ClientCertificatesTests {

	static Issued ca;

	@TempDir
	Path dir;

	final List<Object> events = new ArrayList<>();

	ClientCertificates certificates;

	@BeforeAll
	static void pki() {
		ca = TestPki.rootCa(Algorithm.SM2, "CN=Request Test CA");
	}

	@BeforeEach
	void setUp() throws IOException {
		Path trust = Files.writeString(dir.resolve("ca.pem"), ca.pem());
		CertificateProperties properties = new CertificateProperties(CertificateMode.OPTIONAL, trust, null,
				"X-SSL-Client-Cert", List.of("127.0.0.1"));
		certificates = new ClientCertificates(properties.certificate(),
				new PresentedCertificates(properties, events::add),
				new CertificateValidator(trust, null, Clock.systemUTC()));
	}

	@Test
	void validCertificateFromTrustedProxy() {
		Issued holder = ca.issue("CN=示范 91350100M000100Y43").build();

		CertificateCheck check = certificates.check(request("127.0.0.1", holder.pem()));

		assertThat(check.isValid()).isTrue();
		assertThat(check.details().identity().creditCode()).isEqualTo("91350100M000100Y43");
		assertThat(certificates.mode()).isEqualTo(CertificateMode.OPTIONAL);
	}

	@Test
	void absentMalformedAndIgnoredHeader() {
		Issued holder = ca.issue("CN=Someone").build();

		assertThat(certificates.check(request("127.0.0.1", null)).reason()).contains(CertificateReason.ABSENT);
		assertThat(certificates.check(request("127.0.0.1", "garbage")).reason()).contains(CertificateReason.MALFORMED);
		CertificateCheck spoofed = certificates.check(request("192.0.2.1", holder.pem()));
		assertThat(spoofed.reason()).contains(CertificateReason.ABSENT);
		assertThat(spoofed.presented()).isEmpty();
		assertThat(events).hasSize(1);
	}

	@Test
	void refusedCertificateStillShowsWhatWasPresented() {
		Instant now = Instant.now();
		Issued expired = ca.issue("CN=过期的证书").valid(now.minus(Duration.ofDays(3)), now.minusSeconds(3)).build();

		CertificateCheck check = certificates.check(request("127.0.0.1", expired.pem()));

		assertThat(check.reason()).contains(CertificateReason.EXPIRED);
		assertThat(check.presented()).hasValueSatisfying(d -> assertThat(d.identity().holder()).isEqualTo("过期的证书"));
	}

	@Test
	void expiringWithinThirtyDays() {
		Instant now = Instant.now();
		Issued soon = ca.issue("CN=Soon").valid(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(29))).build();
		Issued later = ca.issue("CN=Later")
			.valid(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(31)))
			.build();

		assertThat(CertificateDetails.of(soon.certificate()).expiresWithin(Duration.ofDays(30), now)).isTrue();
		assertThat(CertificateDetails.of(later.certificate()).expiresWithin(Duration.ofDays(30), now)).isFalse();
	}

	private static MockHttpServletRequest request(String remoteAddress, String pem) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(remoteAddress);
		if (pem != null) {
			request.addHeader("X-SSL-Client-Cert", URLEncoder.encode(pem, StandardCharsets.UTF_8));
		}
		return request;
	}

}
