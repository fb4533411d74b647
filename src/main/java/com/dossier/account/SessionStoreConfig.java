package com.dossier.account;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link ThrottledSessionRepository} in front of the JDBC session store Spring Boot
 * configures.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

	// Wrapping after initialization keeps every setting Boot applied to the store
	// (timeout, table, cleanup cron).
	@Bean
	static BeanPostProcessor throttledSessionStore() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository jdbc ? new ThrottledSessionRepository(jdbc) : bean;
			}
		};
	}

}
