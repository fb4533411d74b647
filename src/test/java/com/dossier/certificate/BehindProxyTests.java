package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.support.TestData;
import com.dossier.support.TestData.Operator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The documented deployment behind a reverse proxy (issue 12.13). Here, in the context
 * whose trusted proxies are 10.0.0.0/8, MockMvc plays the proxy (a 10.x peer) or a
 * visitor reaching the node directly: only the proxy's X-Forwarded-For and
 * X-Forwarded-Proto are believed, for the audit log, the status query's rate limit,
 * Secure cookies and HSTS, and the certificate header is still judged by who holds the
 * connection.
 */
class BehindProxyTests extends CertificateLoginContext {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAuditLogRecordsTheVisitorTheProxySaw() throws Exception {
		Operator operator = data.operator();
		String pem = boundCertificate(operator);
		MockHttpServletResponse signedIn = mvc
			.perform(form(operator, "10.0.0.1", "203.0.113.70, 198.51.100.7", "https").header("X-SSL-Client-Cert", pem))
			.andReturn()
			.getResponse();
		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/handbook");
		assertThat(address("login", "SUCCESS", operator.username())).isEqualTo("198.51.100.7");
	}

	@Test
	void aVisitorReachingTheNodeDirectlyCannotNameItsAddressOrScheme() throws Exception {
		Operator operator = data.operator();
		String pem = boundCertificate(operator);
		MockHttpServletResponse direct = mvc
			.perform(form(operator, "192.0.2.44", "198.51.100.99", "https").header("X-SSL-Client-Cert", pem))
			.andReturn()
			.getResponse();
		assertThat(direct.getRedirectedUrl()).isEqualTo("/login?error=certificate.absent");
		assertThat(direct.getHeader("Strict-Transport-Security")).isNull();
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'certificate.untrusted_proxy'"
					+ " and client_address = '192.0.2.44'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_event where client_address = '198.51.100.99'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSessionCookieIsSecureAndHstsIsSentWhenTheProxySpeaksHttps() throws Exception {
		Operator operator = data.operator();
		String pem = boundCertificate(operator);
		MockHttpServletResponse https = mvc
			.perform(form(operator, "10.0.0.1", "198.51.100.8", "https").header("X-SSL-Client-Cert", pem))
			.andReturn()
			.getResponse();
		assertThat(https.getHeaders("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure"));
		assertThat(https.getHeader("Strict-Transport-Security")).contains("max-age=");
		MockHttpServletResponse plain = mvc.perform(get("/login").header("X-Forwarded-Proto", "http").with(r -> {
			r.setRemoteAddr("10.0.0.1");
			return r;
		})).andReturn().getResponse();
		assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void theStatusQueryLimitCountsEachVisitorNotTheProxy() throws Exception {
		for (int i = 0; i < 31; i++) {
			status("10.0.0.1", "198.51.100.20");
		}
		assertThat(status("10.0.0.1", "198.51.100.20")).isEqualTo(429);
		assertThat(status("10.0.0.1", "198.51.100.21")).as("another visitor behind the same proxy").isEqualTo(404);
	}

	@Autowired
	CertificateBindings bindings;

	/**
	 * A certificate naming the operator's enterprise, bound to its account; as the
	 * proxy's header carries it.
	 */
	private String boundCertificate(Operator operator) {
		Issued certificate = CA.issue("CN=示范企业 " + operator.creditCode() + ",C=CN").build();
		long account = jdbc.sql("select id from account where username = ?")
			.param(operator.username())
			.query(Long.class)
			.single();
		bindings.bind(account, certificate.pem().getBytes(StandardCharsets.US_ASCII));
		return URLEncoder.encode(certificate.pem(), StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder form(Operator operator, String peer, String forwardedFor, String proto) {
		return post("/login").param("username", operator.username())
			.param("password", TestData.PASSWORD)
			.header("X-Forwarded-For", forwardedFor)
			.header("X-Forwarded-Proto", proto)
			.with(csrf())
			.with(r -> {
				r.setRemoteAddr(peer);
				return r;
			});
	}

	private int status(String peer, String forwardedFor) throws Exception {
		return mvc.perform(
				get("/api/v1/public/applications/W2026010100001").header("X-Forwarded-For", forwardedFor).with(r -> {
					r.setRemoteAddr(peer);
					return r;
				}))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private String address(String action, String outcome, String actor) {
		return jdbc
			.sql("select client_address from audit_event where action = ? and outcome = ? and actor = ?"
					+ " order by id desc")
			.params(action, outcome, actor)
			.query(String.class)
			.list()
			.get(0);
	}

}
