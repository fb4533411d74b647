package com.dossier.certificate;

import java.time.Clock;

import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.certificate.presented.CertificateMode;
import com.dossier.certificate.presented.CertificateProperties;
import com.dossier.certificate.presented.ClientCertificates;
import com.dossier.certificate.web.CertificateView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Wires the certificate checks from {@code dossier.auth.*}. The files are read on first
 * use, not here, so that the embedded default (mode off, nothing configured) starts
 * without any of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateProperties.class)
class CertificateConfig {

	@Bean
	ClientCertificates clientCertificates(CertificateProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		return ClientCertificates.of(properties, events, clock);
	}

	/**
	 * In modes optional and required, the one authentication provider of form login and
	 * HTTP Basic: the password check of Spring Security, wrapped in the certificate
	 * check. In mode off it does not exist, and sign-in is exactly the account module's.
	 */
	@Bean
	@Conditional(CertificateLoginEnabled.class)
	AuthenticationProvider certificateAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
			ObjectProvider<UserDetailsPasswordService> upgrades, ClientCertificates certificates,
			CertificateBindings bindings, CertificateView view, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		upgrades.ifAvailable(passwords::setUserDetailsPasswordService);
		return new CertificateAuthenticationProvider(passwords, certificates, bindings::isBound, view::rememberExpiry,
				events);
	}

	static class CertificateLoginEnabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("dossier.auth.certificate", CertificateMode.class)
				.map(mode -> mode != CertificateMode.OFF)
				.orElse(false);
		}

	}

}
