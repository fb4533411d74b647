package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.concurrent.atomic.AtomicInteger;

import com.dossier.audit.AuditEvent;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.CertificateProperties;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.web.CertificateView;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import com.dossier.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Certificate plus password, each mode, with a stand-in password check and binding table.
 */
class CertificateAuthenticationProviderTests {

	static final String HEADER = "X-SSL-Client-Cert";

	static Issued ca;

	static Issued enterpriseA;

	@TempDir
	Path dir;

	final List<AuditEvent> audit = new ArrayList<>();

	final AtomicInteger passwordChecks = new AtomicInteger();

	/**
	 * Account 1 "ent-a" (password "right-a") has enterprise A's certificate bound;
	 * account 2 "ent-b" has none.
	 */
	final AuthenticationProvider passwords = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication authentication) {
			passwordChecks.incrementAndGet();
			String name = authentication.getName();
			long id = name.equals("ent-a") ? 1 : 2;
			if (!("right-" + name.substring(4)).equals(authentication.getCredentials())) {
				throw new BadCredentialsException("bad password");
			}
			CurrentUserSource principal = () -> new CurrentUser(id, name, Role.ENTERPRISE, id);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}
	};

	final CertificateAuthenticationProvider.Bindings bindings = (accountId, certificate) -> accountId == 1
			&& "91350100M000100Y43".equals(certificate.identity().creditCode());

	MockHttpServletRequest request;

	Path trust;

	@BeforeAll
	static void pki() {
		ca = TestPki.rootCa(Algorithm.SM2, "CN=Login Test CA");
		enterpriseA = ca.issue("CN=企业甲,SERIALNUMBER=91350100M000100Y43").build();
	}

	@BeforeEach
	void setUp() throws IOException {
		trust = Files.writeString(dir.resolve("ca.pem"), ca.pem());
		request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr("127.0.0.1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void tearDown() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void requiredModeNeedsBoundCertificateAndPassword() {
		present(enterpriseA);

		Authentication result = provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a"));

		assertThat(result.isAuthenticated()).isTrue();
		assertThat(audit).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("login.certificate");
			assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
			assertThat(e.actor()).isEqualTo("ent-a");
		});
	}

	@Test
	void requiredModeWithoutCertificateSaysItIsMissingAndDoesNotTryThePassword() {
		assertThatThrownBy(() -> provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a")))
			.isInstanceOfSatisfying(CertificateLoginException.class,
					e -> assertThat(e.code()).isEqualTo("certificate.absent"))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(passwordChecks).hasValue(0);
		assertThat(audit).singleElement().satisfies(e -> {
			assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
			assertThat(e.detail()).startsWith("certificate.absent");
		});
	}

	@Test
	void invalidCertificateIsRefusedWithItsReason() {
		Instant now = Instant.now();
		present(ca.issue("CN=企业甲,SERIALNUMBER=91350100M000100Y43")
			.valid(now.minus(Duration.ofDays(9)), now.minusSeconds(9))
			.build());

		assertThatThrownBy(() -> provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a")))
			.isInstanceOfSatisfying(CertificateLoginException.class,
					e -> assertThat(e.code()).isEqualTo("certificate.expired"));
		assertThat(audit).singleElement().satisfies(e -> assertThat(e.detail()).contains("企业甲"));
	}

	@Test
	void validCertificateWithWrongPasswordIsAWrongPassword() {
		present(enterpriseA);

		assertThatThrownBy(() -> provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "wrong")))
			.isInstanceOf(BadCredentialsException.class)
			.isNotInstanceOf(CertificateLoginException.class);
	}

	@Test
	void certificateOfEnterpriseAWithPasswordOfBFails() {
		present(enterpriseA);

		assertThatThrownBy(() -> provider(CertificateMode.REQUIRED).authenticate(login("ent-b", "right-b")))
			.isInstanceOfSatisfying(CertificateLoginException.class,
					e -> assertThat(e.code()).isEqualTo("certificate.not_bound"));
		assertThat(audit).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("ent-b");
			assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
		});
	}

	@Test
	void optionalModeAcceptsNoCertificateButChecksAPresentedOne() {
		CertificateAuthenticationProvider optional = provider(CertificateMode.OPTIONAL);
		assertThat(optional.authenticate(login("ent-b", "right-b")).isAuthenticated()).isTrue();

		present(enterpriseA);
		assertThatThrownBy(() -> optional.authenticate(login("ent-b", "right-b"))).isInstanceOfSatisfying(
				CertificateLoginException.class, e -> assertThat(e.code()).isEqualTo("certificate.not_bound"));
		assertThat(optional.authenticate(login("ent-a", "right-a")).isAuthenticated()).isTrue();

		request.removeHeader(HEADER);
		request.addHeader(HEADER, "garbage");
		assertThatThrownBy(() -> optional.authenticate(login("ent-a", "right-a"))).isInstanceOfSatisfying(
				CertificateLoginException.class, e -> assertThat(e.code()).isEqualTo("certificate.malformed"));
	}

	@Test
	void offModeIgnoresCertificates() {
		request.addHeader(HEADER, "garbage");

		assertThat(provider(CertificateMode.OFF).authenticate(login("ent-b", "right-b")).isAuthenticated()).isTrue();
		assertThat(audit).isEmpty();
	}

	@Test
	void httpBasicSuccessIsNotAuditedOnEveryRequest() {
		present(enterpriseA);
		request.addHeader("Authorization", "Basic ZW50LWE6cmlnaHQtYQ==");

		assertThat(provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a")).isAuthenticated())
			.isTrue();
		assertThat(audit).isEmpty();
	}

	@Test
	void expiringCertificateIsRememberedForTheWarningAfterLogin() {
		Instant now = Instant.now();
		Issued soon = ca.issue("CN=企业甲,SERIALNUMBER=91350100M000100Y43")
			.valid(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(10)))
			.build();
		present(soon);

		provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a"));

		assertThat(request.getSession().getAttribute(CertificateView.EXPIRING))
			.isEqualTo(soon.certificate().getNotAfter().toInstant());
	}

	@Test
	void notExpiringCertificateLeavesNoWarning() {
		present(enterpriseA);

		provider(CertificateMode.REQUIRED).authenticate(login("ent-a", "right-a"));

		assertThat(request.getSession(false) == null
				|| request.getSession(false).getAttribute(CertificateView.EXPIRING) == null)
			.isTrue();
	}

	private void present(Issued certificate) {
		request.removeHeader(HEADER);
		request.addHeader(HEADER, URLEncoder.encode(certificate.pem(), StandardCharsets.UTF_8));
	}

	private CertificateAuthenticationProvider provider(CertificateMode mode) {
		CertificateProperties properties = new CertificateProperties(mode, trust, null, HEADER, List.of("127.0.0.1"));
		ClientCertificates certificates = ClientCertificates.of(properties, e -> audit.add((AuditEvent) e),
				Clock.systemUTC());
		CertificateView view = new CertificateView(certificates, new com.dossier.shared.AdministrationTime(
				com.dossier.shared.AdministrationTime.DEFAULT_ZONE, Clock.systemUTC()));
		return new CertificateAuthenticationProvider(passwords, certificates, bindings, view::rememberExpiry,
				e -> audit.add((AuditEvent) e));
	}

	private static Authentication login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}

}
