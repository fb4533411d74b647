package com.dossier.certificate;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the certificate checks from {@code dossier.auth.*}. The files are read on first use, not here, so that the
 * embedded default (mode off, nothing configured) starts without any of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfig {

	@Bean
	ClientCertificates clientCertificates(CertificateProperties properties, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		CertificateValidator validator = new CertificateValidator(properties.trustCa(), properties.crl(),
				clock.getIfAvailable(Clock::systemUTC));
		return new ClientCertificates(properties.certificate(), new PresentedCertificates(properties, events),
				validator);
	}
}
