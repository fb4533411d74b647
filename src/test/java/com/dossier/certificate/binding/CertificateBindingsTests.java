package com.dossier.certificate.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.dossier.certificate.CertificateAccounts;
import com.dossier.certificate.TestPki;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.identity.BindingKind;
import com.dossier.certificate.identity.CertificateDetails;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.CertificateProperties;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.shared.ConflictException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bindings against the real schema (H2, or PostgreSQL in CI). The service is built here
 * around a validator that trusts this test's own CA, so that the shared application
 * context stays the one every test uses.
 */
@HttpTest
class CertificateBindingsTests {

	static Issued ca;

	@TempDir
	static Path dir;

	@Autowired
	CertificateBindingRepository repository;

	@Autowired
	CertificateAccounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	CertificateBindings bindings;

	String creditCode;

	long enterpriseAccount;

	long clerkAccount;

	@BeforeAll
	static void pki() {
		ca = TestPki.rootCa(Algorithm.SM2, "CN=Binding Test CA,C=CN");
	}

	@BeforeEach
	void setUp() throws IOException {
		Path trust = Files.writeString(dir.resolve("ca.pem"), ca.pem());
		ClientCertificates certificates = ClientCertificates.of(
				new CertificateProperties(CertificateMode.REQUIRED, trust, null, null, List.of()), context,
				Clock.systemUTC());
		bindings = new CertificateBindings(repository, accounts, certificates, context, Clock.systemUTC());
		TestData.Operator operator = data.operator();
		creditCode = operator.creditCode();
		enterpriseAccount = accountId(operator.username());
		clerkAccount = accountId(data.account(Role.CLERK));
	}

	@Test
	void bindsEnterpriseCertificateByCreditCodeSoThatARenewalMatchesToo() {
		Issued certificate = enterpriseCertificate(creditCode);

		CertificateBinding binding = bindings.bind(enterpriseAccount, pem(certificate));

		assertThat(binding.kind()).isEqualTo(BindingKind.ENTERPRISE);
		assertThat(binding.creditCode()).isEqualTo(creditCode);
		assertThat(binding.holder()).isEqualTo("示范企业 " + creditCode);
		assertThat(binding.issuer()).contains("Binding Test CA");
		assertThat(binding.fingerprint()).isEqualTo(CertificateDetails.fingerprint(certificate.certificate()));
		assertThat(binding.createdBy()).isEqualTo("system");
		assertThat(bindings.list(enterpriseAccount)).containsExactly(binding);
		assertThat(bindings.isBound(enterpriseAccount, details(enterpriseCertificate(creditCode)))).isTrue();
		assertThat(bindings.isBound(clerkAccount, details(certificate))).isFalse();
		assertThat(auditCount("certificate.bind", enterpriseAccount)).isEqualTo(1);
	}

	@Test
	void refusesAnotherEnterprisesCertificate() {
		String other = TestData.creditCode();

		assertThatThrownBy(() -> bindings.bind(enterpriseAccount, pem(enterpriseCertificate(other))))
			.isInstanceOfSatisfying(CertificateRejectedException.class,
					e -> assertThat(e.code()).isEqualTo("certificate.enterprise_mismatch"));
		assertThatThrownBy(() -> bindings.bind(clerkAccount, pem(enterpriseCertificate(creditCode))))
			.isInstanceOf(CertificateRejectedException.class);
		assertThat(bindings.list(enterpriseAccount)).isEmpty();
	}

	@Test
	void bindsPersonCertificateByTheCertificateItself() {
		Issued mine = ca.issue("CN=窗口校对员 " + clerkAccount + ",C=CN").build();
		Issued sameName = ca.issue("CN=窗口校对员 " + clerkAccount + ",C=CN").build();

		CertificateBinding binding = bindings.bind(clerkAccount, pem(mine));

		assertThat(binding.kind()).isEqualTo(BindingKind.PERSON);
		assertThat(binding.creditCode()).isNull();
		assertThat(binding.serialNumber()).isEqualTo(mine.serial().toString(16).toUpperCase());
		assertThat(bindings.isBound(clerkAccount, details(mine))).isTrue();
		assertThat(bindings.isBound(clerkAccount, details(sameName))).isFalse();
		assertThat(bindings.bind(enterpriseAccount, pem(mine)).kind()).as("an operator's personal certificate")
			.isEqualTo(BindingKind.PERSON);
	}

	@Test
	void refusesDuplicatesAndInvalidCertificates() {
		Issued certificate = enterpriseCertificate(creditCode);
		bindings.bind(enterpriseAccount, pem(certificate));
		Instant now = Instant.now();
		Issued expired = ca.issue("CN=过期 " + creditCode)
			.valid(now.minus(Duration.ofDays(9)), now.minusSeconds(9))
			.build();
		Issued foreign = TestPki.rootCa(Algorithm.RSA, "CN=Elsewhere").issue("CN=外来 " + creditCode).build();

		assertThatThrownBy(() -> bindings.bind(enterpriseAccount, pem(certificate)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> bindings.bind(enterpriseAccount, pem(expired))).isInstanceOfSatisfying(
				CertificateRejectedException.class, e -> assertThat(e.code()).isEqualTo("certificate.expired"));
		assertThatThrownBy(() -> bindings.bind(enterpriseAccount, pem(foreign))).isInstanceOfSatisfying(
				CertificateRejectedException.class, e -> assertThat(e.code()).isEqualTo("certificate.untrusted"));
		assertThatThrownBy(() -> bindings.bind(enterpriseAccount, "junk".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOfSatisfying(CertificateRejectedException.class,
					e -> assertThat(e.code()).isEqualTo("certificate.malformed"));
		assertThatThrownBy(() -> bindings.bind(-1, pem(certificate))).isInstanceOf(NotFoundException.class);
		assertThat(bindings.list(enterpriseAccount)).hasSize(1);
	}

	@Test
	void unbinds() {
		CertificateBinding binding = bindings.bind(enterpriseAccount, pem(enterpriseCertificate(creditCode)));

		assertThatThrownBy(() -> bindings.unbind(clerkAccount, binding.id())).isInstanceOf(NotFoundException.class);
		bindings.unbind(enterpriseAccount, binding.id());

		assertThat(bindings.list(enterpriseAccount)).isEmpty();
		assertThat(bindings.isBound(enterpriseAccount, details(enterpriseCertificate(creditCode)))).isFalse();
		assertThat(auditCount("certificate.unbind", enterpriseAccount)).isEqualTo(1);
		assertThatThrownBy(() -> bindings.unbind(enterpriseAccount, binding.id()))
			.isInstanceOf(NotFoundException.class);
	}

	private static Issued enterpriseCertificate(String code) {
		return ca.issue("CN=示范企业 " + code + ",O=示范,C=CN").build();
	}

	private static byte[] pem(Issued certificate) {
		return certificate.pem().getBytes(StandardCharsets.US_ASCII);
	}

	private static CertificateDetails details(Issued certificate) {
		return CertificateDetails.of(certificate.certificate());
	}

	private long auditCount(String action, long accountId) {
		return jdbc.sql("select count(*) from audit_event where action = ? and target = ?")
			.params(action, "account:" + accountId)
			.query(Long.class)
			.single();
	}

	private long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

}
