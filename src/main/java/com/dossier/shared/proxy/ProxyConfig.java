package com.dossier.shared.proxy;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One list of trusted proxies ({@code dossier.auth.trusted-proxies},
 * docs/certificates.md) for every header a proxy sets. The filter runs first of all,
 * before sessions and security read the client's address or scheme.
 */
@Configuration(proxyBeanMethods = false)
class ProxyConfig {

	@Bean
	TrustedProxies trustedProxies(@Value("${dossier.auth.trusted-proxies:}") List<String> entries) {
		return TrustedProxies.of(entries);
	}

	@Bean
	FilterRegistrationBean<ForwardedClient> forwardedClient(TrustedProxies proxies) {
		FilterRegistrationBean<ForwardedClient> registration = new FilterRegistrationBean<>(
				new ForwardedClient(proxies));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
