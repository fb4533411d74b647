package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.shared.security.Role;
import com.dossier.support.TestData;
import com.dossier.support.TestData.Operator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing in with certificate and password in required mode: over real TLS (the
 * application terminates it) and through a reverse proxy's header (MockMvc pretending to
 * be the proxy, or someone else). Each case ends in the audit log; certificate failures
 * count toward the sign-in throttle.
 */
class CertificateLoginTests extends CertificateLoginContext {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	CertificateBindings bindings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void boundCertificateAndPasswordSignIn() {
		Operator operator = data.operator();
		Issued certificate = bound(operator);

		HttpResponse<String> response = new TlsBrowser(port, CA, certificate).login(operator.username(),
				TestData.PASSWORD);

		assertThat(TlsBrowser.location(response)).isEqualTo("/handbook");
		assertThat(audit("login.certificate", "SUCCESS", operator.username())).isEqualTo(1);
	}

	@Test
	void passwordWithoutCertificateSaysTheCertificateIsMissing() {
		Operator operator = data.operator();
		bound(operator);
		TlsBrowser browser = new TlsBrowser(port, CA, null);

		HttpResponse<String> response = browser.login(operator.username(), TestData.PASSWORD);

		assertThat(TlsBrowser.location(response)).isEqualTo("/login?error=certificate.absent");
		assertThat(browser.get("/login?error=certificate.absent").body()).contains("未检测到数字证书，请插入已开通的数字证书后重试");
		assertThat(new TlsBrowser(port, CA, null).language("en").get("/login?error=certificate.absent").body())
			.contains("No digital certificate was presented");
		assertThat(audit("login.certificate", "FAILURE", operator.username())).isEqualTo(1);
		assertThat(audit("login", "FAILURE", operator.username())).isEqualTo(1);
	}

	@Test
	void certificateWithWrongPasswordIsAWrongPassword() {
		Operator operator = data.operator();
		Issued certificate = bound(operator);

		HttpResponse<String> response = new TlsBrowser(port, CA, certificate).login(operator.username(), "wrong-1");

		assertThat(TlsBrowser.location(response)).isEqualTo("/login?error=bad");
	}

	@Test
	void certificateOfEnterpriseAWithPasswordOfEnterpriseBFails() {
		Operator a = data.operator();
		Operator b = data.operator();
		Issued certificateOfA = bound(a);
		bound(b);

		HttpResponse<String> response = new TlsBrowser(port, CA, certificateOfA).login(b.username(), TestData.PASSWORD);

		assertThat(TlsBrowser.location(response)).isEqualTo("/login?error=certificate.not_bound");
		assertThat(new TlsBrowser(port, CA, null).get("/login?error=certificate.not_bound").body())
			.contains("数字证书与用户名不匹配");
		assertThat(audit("login.certificate", "FAILURE", b.username())).isEqualTo(1);
	}

	@Test
	void revokedCertificateIsRefusedAfterTheHandshake() {
		HttpResponse<String> response = new TlsBrowser(port, CA, REVOKED).login(data.account(Role.CLERK),
				TestData.PASSWORD);

		assertThat(TlsBrowser.location(response)).isEqualTo("/login?error=certificate.revoked");
	}

	@Test
	void certificateFailuresCountTowardTheThrottle() {
		Operator operator = data.operator();
		Issued certificate = bound(operator);
		for (int i = 0; i < 5; i++) {
			new TlsBrowser(port, CA, null).login(operator.username(), TestData.PASSWORD);
		}

		HttpResponse<String> response = new TlsBrowser(port, CA, certificate).login(operator.username(),
				TestData.PASSWORD);

		assertThat(TlsBrowser.location(response)).isEqualTo("/login?error=throttled&wait=1");
		assertThat(audit("login.throttled", "DENIED", operator.username())).isEqualTo(1);
	}

	@Test
	void apiTakesCertificateAndHttpBasicTogether() {
		Operator operator = data.operator();
		Issued certificate = bound(operator);

		HttpResponse<String> ok = new TlsBrowser(port, CA, certificate).basic("/api/v1/enterprise", operator.username(),
				TestData.PASSWORD);
		HttpResponse<String> missing = new TlsBrowser(port, CA, null).basic("/api/v1/enterprise", operator.username(),
				TestData.PASSWORD);

		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(missing.body()).contains("\"code\":\"certificate.absent\"");
	}

	@Test
	void loginBoxShowsThePresentedCertificateOrSaysNoneWasSent() {
		Operator operator = data.operator();
		Issued certificate = bound(operator);

		String withCertificate = new TlsBrowser(port, CA, certificate).get("/login").body();
		String without = new TlsBrowser(port, CA, null).get("/login").body();

		assertThat(withCertificate).contains("id=\"certificate-holder\"")
			.contains("示范企业 " + operator.creditCode())
			.contains("Login Test CA");
		assertThat(without).contains("id=\"certificate-none\"").contains("未检测到数字证书。");
	}

	@Test
	void certificateExpiringWithinThirtyDaysIsShownAfterSignIn() {
		Operator operator = data.operator();
		bound(operator);
		Instant now = Instant.now();
		Issued soon = CA.issue("CN=即将到期 " + operator.creditCode())
			.valid(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(10)))
			.build();
		TlsBrowser browser = new TlsBrowser(port, CA, soon);

		assertThat(TlsBrowser.location(browser.login(operator.username(), TestData.PASSWORD))).isEqualTo("/handbook");

		assertThat(browser.get("/handbook").body()).contains("id=\"certificate-expiring\"").contains("到期");
		Operator other = data.operator();
		TlsBrowser fresh = new TlsBrowser(port, CA, bound(other));
		fresh.login(other.username(), TestData.PASSWORD);
		assertThat(fresh.get("/handbook").body()).doesNotContain("certificate-expiring");
	}

	@Test
	void proxyHeaderIsBelievedFromTheTrustedProxyOnly() throws Exception {
		Operator operator = data.operator();
		Issued certificate = bound(operator);
		String header = URLEncoder.encode(certificate.pem(), StandardCharsets.UTF_8);

		mvc.perform(post("/login").param("username", operator.username())
			.param("password", TestData.PASSWORD)
			.header("X-SSL-Client-Cert", header)
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr("10.20.30.40");
				return r;
			})).andExpect(redirectedUrl("/handbook"));

		mvc.perform(post("/login").param("username", operator.username())
			.param("password", TestData.PASSWORD)
			.header("X-SSL-Client-Cert", header)
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr("203.0.113.9");
				return r;
			})).andExpect(redirectedUrl("/login?error=certificate.absent"));
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'certificate.untrusted_proxy'"
					+ " and client_address = '203.0.113.9'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void expiredNotYetValidUntrustedAndMalformedCertificatesAreRefusedWithTheirReason() throws Exception {
		Operator operator = data.operator();
		bound(operator);
		Instant now = Instant.now();
		String code = operator.creditCode();
		Issued expired = CA.issue("CN=过期 " + code).valid(now.minus(Duration.ofDays(9)), now.minusSeconds(9)).build();
		Issued future = CA.issue("CN=未生效 " + code)
			.valid(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)))
			.build();
		Issued foreign = TestPki.rootCa(TestPki.Algorithm.SM2, "CN=Other CA").issue("CN=外来 " + code).build();

		assertThat(viaProxy(operator, expired.pem())).isEqualTo("/login?error=certificate.expired");
		assertThat(viaProxy(operator, future.pem())).isEqualTo("/login?error=certificate.not_yet_valid");
		assertThat(viaProxy(operator, foreign.pem())).isEqualTo("/login?error=certificate.untrusted");
		assertThat(viaProxy(operator, "not a certificate")).isEqualTo("/login?error=certificate.malformed");
		assertThat(audit("login.certificate", "FAILURE", operator.username())).isEqualTo(4);
	}

	private String viaProxy(Operator operator, String pem) throws Exception {
		return mvc.perform(post("/login").param("username", operator.username())
			.param("password", TestData.PASSWORD)
			.header("X-SSL-Client-Cert", URLEncoder.encode(pem, StandardCharsets.UTF_8))
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr("10.0.0.1");
				return r;
			})).andReturn().getResponse().getRedirectedUrl();
	}

	/** A certificate naming the operator's enterprise, bound to its account. */
	private Issued bound(Operator operator) {
		Issued certificate = CA.issue("CN=示范企业 " + operator.creditCode() + ",C=CN").build();
		bindings.bind(accountId(operator.username()), certificate.pem().getBytes(StandardCharsets.US_ASCII));
		return certificate;
	}

	private long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	private long audit(String action, String outcome, String actor) {
		return jdbc.sql("select count(*) from audit_event where action = ? and outcome = ? and actor = ?")
			.params(action, outcome, actor)
			.query(Long.class)
			.single();
	}

}
