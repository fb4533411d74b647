package com.dossier.certificate.presented;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.dossier.shared.proxy.TrustedProxies;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CertificatePropertiesTests {

	@Test
	void bindsTheFixedNames() {
		CertificateProperties properties = bind(Map.of("dossier.auth.certificate", "required", "dossier.auth.trust-ca",
				"/etc/dossier/ca.pem", "dossier.auth.crl", "/etc/dossier/ca.crl", "dossier.auth.proxy-header",
				"X-SSL-Client-Cert", "dossier.auth.trusted-proxies", "127.0.0.1, 10.0.0.0/8"));

		assertThat(properties.certificate()).isEqualTo(CertificateMode.REQUIRED);
		assertThat(properties.trustCa()).isEqualTo(Path.of("/etc/dossier/ca.pem"));
		assertThat(properties.crl()).isEqualTo(Path.of("/etc/dossier/ca.crl"));
		assertThat(properties.proxyHeader()).isEqualTo("X-SSL-Client-Cert");
		assertThat(TrustedProxies.of(properties.trustedProxies()).contains("10.9.9.9")).isTrue();
	}

	@Test
	void defaultsToOffAndUnquotedYamlOffMeansOff() {
		assertThat(bind(Map.of("dossier.auth.other", "x")).certificate()).isEqualTo(CertificateMode.OFF);
		// YAML 1.1 reads an unquoted off as the boolean false.
		assertThat(bind(Map.of("dossier.auth.certificate", "false")).certificate()).isEqualTo(CertificateMode.OFF);
		assertThat(bind(Map.of("dossier.auth.certificate", "OPTIONAL")).certificate())
			.isEqualTo(CertificateMode.OPTIONAL);
	}

	private static CertificateProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("dossier.auth",
				CertificateProperties.class);
	}

}
