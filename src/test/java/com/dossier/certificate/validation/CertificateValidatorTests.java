package com.dossier.certificate.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.dossier.certificate.TestPki;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.identity.CertificateDetails;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateValidatorTests {

	static Issued rsaCa;

	static Issued rsaLeaf;

	@TempDir
	Path dir;

	@BeforeAll
	static void pki() {
		rsaCa = TestPki.rootCa(Algorithm.RSA, "CN=Dossier Test Root,O=Dossier,C=CN");
		rsaLeaf = rsaCa.issue("CN=上海示范建设工程有限公司,SERIALNUMBER=91350100M000100Y43,O=Dossier,C=CN").build();
	}

	@Test
	void acceptsCertificateIssuedByTrustedCa() throws IOException {
		CertificateCheck check = validator(rsaCa).validate(rsaLeaf.pem().getBytes(StandardCharsets.US_ASCII));

		assertThat(check.isValid()).isTrue();
		CertificateDetails details = check.presented().orElseThrow();
		assertThat(details.identity().holder()).isEqualTo("上海示范建设工程有限公司");
		assertThat(details.identity().creditCode()).isEqualTo("91350100M000100Y43");
		assertThat(details.identity().issuer()).contains("Dossier Test Root");
		assertThat(details.fingerprint()).hasSize(64);
	}

	@Test
	void acceptsDer() throws IOException {
		assertThat(validator(rsaCa).validate(rsaLeaf.der()).isValid()).isTrue();
	}

	@Test
	void refusesExpiredAndNotYetValid() throws IOException {
		Instant now = Instant.now();
		Issued expired = rsaCa.issue("CN=Expired").valid(now.minus(Duration.ofDays(30)), now.minusSeconds(5)).build();
		Issued future = rsaCa.issue("CN=Future")
			.valid(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)))
			.build();

		assertThat(reason(validator(rsaCa), expired)).isEqualTo(CertificateReason.EXPIRED);
		assertThat(reason(validator(rsaCa), future)).isEqualTo(CertificateReason.NOT_YET_VALID);
		CertificateValidator later = new CertificateValidator(trust(rsaCa), null,
				Clock.fixed(now.plus(Duration.ofDays(400)), ZoneOffset.UTC));
		assertThat(reason(later, rsaLeaf)).isEqualTo(CertificateReason.EXPIRED);
	}

	@Test
	void refusesCertificateOfAnotherCaEvenWithTheSameName() throws IOException {
		Issued impostor = TestPki.rootCa(Algorithm.RSA, "CN=Dossier Test Root,O=Dossier,C=CN");
		Issued other = TestPki.rootCa(Algorithm.RSA, "CN=Other Root");

		assertThat(reason(validator(rsaCa), impostor.issue("CN=Mallory").build()))
			.isEqualTo(CertificateReason.UNTRUSTED);
		assertThat(reason(validator(rsaCa), other.issue("CN=Eve").build())).isEqualTo(CertificateReason.UNTRUSTED);
		assertThat(reason(validator(rsaCa), impostor)).isEqualTo(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesRevokedCertificateAndAcceptsOthers() throws IOException {
		Issued revoked = rsaCa.issue("CN=Revoked").build();
		Path crl = write("ca.crl", TestPki.pem(rsaCa.crl(revoked.serial())));
		CertificateValidator validator = new CertificateValidator(trust(rsaCa), crl, Clock.systemUTC());

		assertThat(reason(validator, revoked)).isEqualTo(CertificateReason.REVOKED);
		assertThat(validator.validate(rsaLeaf.der()).isValid()).isTrue();
	}

	@Test
	void readsDerCrl() throws IOException {
		Issued revoked = rsaCa.issue("CN=Revoked DER").build();
		Path crl = dir.resolve("ca.der.crl");
		Files.write(crl, rsaCa.crl(revoked.serial()).getEncoded());

		assertThat(reason(new CertificateValidator(trust(rsaCa), crl, Clock.systemUTC()), revoked))
			.isEqualTo(CertificateReason.REVOKED);
	}

	@Test
	void rereadsCrlWhenTheFileChanges() throws IOException {
		Issued holder = rsaCa.issue("CN=Soon revoked").build();
		Path crl = write("ca.crl", TestPki.pem(rsaCa.crl()));
		CertificateValidator validator = new CertificateValidator(trust(rsaCa), crl, Clock.systemUTC());
		assertThat(validator.validate(holder.der()).isValid()).isTrue();

		Files.writeString(crl, TestPki.pem(rsaCa.crl(holder.serial())));
		Files.setLastModifiedTime(crl, FileTime.from(Instant.now().plusSeconds(5)));

		assertThat(reason(validator, holder)).isEqualTo(CertificateReason.REVOKED);
	}

	@Test
	void refusesWhenCrlSignatureDoesNotVerifyOrFileIsBroken() throws IOException {
		Issued impostor = TestPki.rootCa(Algorithm.RSA, "CN=Dossier Test Root,O=Dossier,C=CN");
		Path forged = write("forged.crl", TestPki.pem(impostor.crl()));
		Path broken = write("broken.crl", "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n");

		assertThat(reason(new CertificateValidator(trust(rsaCa), forged, Clock.systemUTC()), rsaLeaf))
			.isEqualTo(CertificateReason.CRL_UNAVAILABLE);
		assertThat(reason(new CertificateValidator(trust(rsaCa), broken, Clock.systemUTC()), rsaLeaf))
			.isEqualTo(CertificateReason.CRL_UNAVAILABLE);
		assertThat(
				reason(new CertificateValidator(trust(rsaCa), dir.resolve("missing.crl"), Clock.systemUTC()), rsaLeaf))
			.isEqualTo(CertificateReason.CRL_UNAVAILABLE);
	}

	@Test
	void refusesMalformedInput() throws IOException {
		CertificateValidator validator = validator(rsaCa);

		assertThat(validator.validate("not a certificate".getBytes(StandardCharsets.US_ASCII)).reason())
			.contains(CertificateReason.MALFORMED);
		assertThat(validator.validate(new byte[] { 0x30, 0x03, 0x02, 0x01 }).reason())
			.contains(CertificateReason.MALFORMED);
		String truncated = rsaLeaf.pem().substring(0, 200) + "\n-----END CERTIFICATE-----\n";
		assertThat(validator.validate(truncated.getBytes(StandardCharsets.US_ASCII)).reason())
			.contains(CertificateReason.MALFORMED);
		assertThat(validator.validate(new byte[0]).reason()).contains(CertificateReason.MALFORMED);
	}

	@Test
	void followsPresentedIntermediatesToTheRoot() throws IOException {
		Issued intermediate = rsaCa.issue("CN=Dossier Issuing CA").ca().build();
		Issued holder = intermediate.issue("CN=张三,OU=个人").build();
		CertificateValidator validator = validator(rsaCa);

		assertThat(validator.validate(pem(holder, intermediate)).isValid()).isTrue();
		assertThat(validator.validate(holder.der()).reason()).contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesIntermediateThatIsNotACa() throws IOException {
		Issued notCa = rsaCa.issue("CN=Ordinary Holder").build();
		Issued holder = notCa.issue("CN=Signed by a holder").build();

		assertThat(validator(rsaCa).validate(pem(holder, notCa)).reason()).contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesExpiredIntermediate() throws IOException {
		Instant now = Instant.now();
		Issued intermediate = rsaCa.issue("CN=Old Issuing CA")
			.ca()
			.valid(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)))
			.build();
		Issued holder = intermediate.issue("CN=李四").build();

		assertThat(validator(rsaCa).validate(pem(holder, intermediate)).reason()).contains(CertificateReason.EXPIRED);
	}

	@Test
	void refusesCertificatesNotMeantForClientAuthentication() throws IOException {
		Issued encryptionOnly = rsaCa.issue("CN=Encryption").keyUsage(KeyUsage.keyEncipherment).build();
		Issued serverOnly = rsaCa.issue("CN=Server").extendedUsage(KeyPurposeId.id_kp_serverAuth).build();
		Issued noExtensions = rsaCa.issue("CN=Plain").keyUsage(null).extendedUsage().build();
		Issued anyUsage = rsaCa.issue("CN=Any").extendedUsage(KeyPurposeId.anyExtendedKeyUsage).build();
		CertificateValidator validator = validator(rsaCa);

		assertThat(reason(validator, encryptionOnly)).isEqualTo(CertificateReason.USAGE_NOT_ALLOWED);
		assertThat(reason(validator, serverOnly)).isEqualTo(CertificateReason.USAGE_NOT_ALLOWED);
		assertThat(reason(validator, rsaCa)).isEqualTo(CertificateReason.USAGE_NOT_ALLOWED);
		assertThat(validator.validate(noExtensions.der()).isValid()).isTrue();
		assertThat(validator.validate(anyUsage.der()).isValid()).isTrue();
	}

	@Test
	void refusesEverythingWhenNoCaIsConfigured() throws IOException {
		assertThat(reason(new CertificateValidator(null, null, Clock.systemUTC()), rsaLeaf))
			.isEqualTo(CertificateReason.NOT_CONFIGURED);
		assertThat(reason(new CertificateValidator(dir.resolve("none.pem"), null, Clock.systemUTC()), rsaLeaf))
			.isEqualTo(CertificateReason.NOT_CONFIGURED);
	}

	@Test
	void verifiesSm2ChainsAndCrls() throws IOException {
		Issued root = TestPki.rootCa(Algorithm.SM2, "CN=国密测试根CA,O=Dossier,C=CN");
		Issued issuing = root.issue("CN=国密测试签发CA,O=Dossier,C=CN").ca().build();
		Issued holder = issuing.issue("CN=沪外示范设计有限公司 91350100M000100Y43,C=CN").build();
		Issued revoked = issuing.issue("CN=已吊销,C=CN").build();
		Issued stranger = TestPki.rootCa(Algorithm.SM2, "CN=国密测试根CA,O=Dossier,C=CN").issue("CN=冒名").build();
		Path crl = write("sm2.crl", TestPki.pem(issuing.crl(revoked.serial()), root.crl()));
		CertificateValidator validator = new CertificateValidator(trust(root), crl, Clock.systemUTC());

		assertThat(holder.certificate().getSignatureAlgorithm().getAlgorithm().getId())
			.isEqualTo("1.2.156.10197.1.501");
		CertificateCheck check = validator.validate(pem(holder, issuing));
		assertThat(check.isValid()).isTrue();
		assertThat(check.details().identity().creditCode()).isEqualTo("91350100M000100Y43");
		assertThat(validator.validate(pem(revoked, issuing)).reason()).contains(CertificateReason.REVOKED);
		assertThat(validator.validate(stranger.der()).reason()).contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesAnIntermediateBeyondAPathLengthConstraint() throws IOException {
		Issued root = TestPki.rootCa(Algorithm.SM2, "CN=国密路径长度根CA,C=CN");
		Issued issuing = root.issue("CN=只签发持有人的CA,C=CN").ca(0).build();
		Issued sub = issuing.issue("CN=越权的下级CA,C=CN").ca().build();
		Issued holder = sub.issue("CN=王五,C=CN").build();
		CertificateValidator validator = new CertificateValidator(trust(root), null, Clock.systemUTC());

		assertThat(validator.validate(pem(issuing.issue("CN=赵六,C=CN").build(), issuing)).isValid()).isTrue();
		assertThat(validator.validate(pem(holder, sub, issuing)).reason()).contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesANameOutsideTheIssuingCasNameConstraints() throws IOException {
		Issued issuing = rsaCa.issue("C=CN,O=Dossier,CN=Dossier Constrained CA")
			.ca()
			.permittedSubtree("C=CN,O=Dossier")
			.build();
		Issued inside = issuing.issue("C=CN,O=Dossier,CN=钱七").build();
		Issued outside = issuing.issue("C=CN,O=Elsewhere,CN=孙八").build();
		CertificateValidator validator = validator(rsaCa);

		assertThat(validator.validate(pem(inside, issuing)).isValid()).isTrue();
		assertThat(validator.validate(pem(outside, issuing)).reason()).contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void refusesAnUnknownCriticalExtensionOnTheHolderOrAnIntermediate() throws IOException {
		Issued holder = rsaCa.issue("CN=Unknown Critical").unknownCriticalExtension().build();
		Issued issuing = rsaCa.issue("CN=Unknown Critical CA").ca().unknownCriticalExtension().build();
		CertificateValidator validator = validator(rsaCa);

		assertThat(reason(validator, holder)).isEqualTo(CertificateReason.UNTRUSTED);
		assertThat(validator.validate(pem(issuing.issue("CN=Below Unknown").build(), issuing)).reason())
			.contains(CertificateReason.UNTRUSTED);
	}

	@Test
	void trustsAnyOfSeveralCasInTheFile() throws IOException {
		Issued sm2 = TestPki.rootCa(Algorithm.SM2, "CN=SM2 Root");
		Path both = write("cas.pem", rsaCa.pem() + sm2.pem());
		CertificateValidator validator = new CertificateValidator(both, null, Clock.systemUTC());

		assertThat(validator.validate(rsaLeaf.der()).isValid()).isTrue();
		assertThat(validator.validate(sm2.issue("CN=SM2 Holder").build().der()).isValid()).isTrue();
	}

	private CertificateValidator validator(Issued ca) throws IOException {
		return new CertificateValidator(trust(ca), null, Clock.systemUTC());
	}

	private Path trust(Issued ca) throws IOException {
		return write("ca-" + ca.serial() + ".pem", ca.pem());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	private static byte[] pem(Issued... chain) {
		return TestPki.pem(List.of(chain).stream().map(Issued::certificate).toArray())
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static CertificateReason reason(CertificateValidator validator, Issued certificate) {
		return validator.validate(certificate.der()).reason().orElse(null);
	}

}
