package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.dossier.certificate.identity.BindingKind;
import com.dossier.certificate.validation.CertificateReason;

import org.junit.jupiter.api.Test;

class CertificateMessagesTests {

	@Test
	void bothLanguagesHaveTheSameKeysAndEveryReason() throws IOException {
		Properties zh = load("messages/certificate.properties");
		Properties en = load("messages/certificate_en.properties");

		assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
		for (CertificateReason reason : CertificateReason.values()) {
			assertThat(zh).containsKey(reason.messageKey());
		}
		assertThat(zh).containsKeys("error.certificate.enterprise_mismatch", "error.certificate.already_bound");
		for (BindingKind kind : BindingKind.values()) {
			assertThat(zh).containsKey("certificate.kind." + kind);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				CertificateMessagesTests.class.getClassLoader().getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
