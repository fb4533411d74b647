package com.dossier.certificate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.certificate.TestPki;
import com.dossier.certificate.TestPki.Algorithm;
import com.dossier.certificate.TestPki.Issued;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateIdentityTests {

	static Issued ca;

	@BeforeAll
	static void pki() {
		ca = TestPki.rootCa(Algorithm.SM2, "CN=Identity Test CA,C=CN");
	}

	@Test
	void enterpriseByCreditCodeInSerialNumber() {
		CertificateIdentity identity = identity("CN=上海示范建设工程有限公司,SERIALNUMBER=91350100M000100Y43,C=CN");

		assertThat(identity.kind()).isEqualTo(BindingKind.ENTERPRISE);
		assertThat(identity.creditCode()).isEqualTo("91350100M000100Y43");
		assertThat(identity.holder()).isEqualTo("上海示范建设工程有限公司");
		assertThat(identity.key()).isEqualTo("ENTERPRISE:91350100M000100Y43");
	}

	@Test
	void enterpriseByCreditCodeInCommonName() {
		CertificateIdentity identity = identity("CN=沪外示范设计有限公司@91350100M000100Y43,O=沪外示范,C=CN");

		assertThat(identity.kind()).isEqualTo(BindingKind.ENTERPRISE);
		assertThat(identity.creditCode()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void serialNumberWithoutAValidCodeFallsBackToTheCommonName() {
		CertificateIdentity identity = identity("CN=示范 91350100M000100Y43,SERIALNUMBER=310101199001011234,C=CN");

		assertThat(identity.creditCode()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void personBySubjectSerialAndIssuer() {
		Issued first = ca.issue("CN=张三,SERIALNUMBER=310101199003077777,C=CN").build();
		Issued renewed = ca.issue("CN=张三,SERIALNUMBER=310101199003077777,C=CN").build();
		CertificateIdentity identity = CertificateIdentity.of(first.certificate());

		assertThat(identity.kind()).isEqualTo(BindingKind.PERSON);
		assertThat(identity.creditCode()).isNull();
		assertThat(identity.holder()).isEqualTo("张三");
		assertThat(identity.serialNumber()).isEqualTo(first.serial().toString(16).toUpperCase());
		assertThat(identity.key()).startsWith("PERSON:").hasSize("PERSON:".length() + 64);
		assertThat(identity.key()).as("another certificate is another person binding")
			.isNotEqualTo(CertificateIdentity.of(renewed.certificate()).key());
	}

	@Test
	void holderIsTheWholeSubjectWithoutCommonName() {
		assertThat(identity("O=无名,C=CN").holder()).isEqualTo("O=无名,C=CN");
	}

	private static CertificateIdentity identity(String subject) {
		return CertificateIdentity.of(ca.issue(subject).build().certificate());
	}

}
