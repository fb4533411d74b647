package com.dossier.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The session store Spring Boot configures (JDBC or Redis,
 * {@link SessionStoreSelection}): behind {@link ThrottledSessionRepository}, and its
 * attributes as JSON ({@link SessionJson}) in either store. Both stores take the
 * serializer by a bean name of Spring Session's.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

	// Wrapping after initialization keeps every setting Boot applied to the store
	// (timeout, table, cleanup cron). Only the JDBC store: Spring Session's Redis
	// configuration needs its repository by its own type, and a touch there is a few
	// in-memory commands, not a database transaction.
	@Bean
	static BeanPostProcessor throttledSessionStore() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof JdbcIndexedSessionRepository jdbc ? new ThrottledSessionRepository(jdbc) : bean;
			}
		};
	}

	/** A session read without BEGIN and COMMIT ({@link SessionTransactions}). */
	@Bean
	static BeanPostProcessor sessionStoreTransactions(ObjectProvider<PlatformTransactionManager> managers) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof JdbcHttpSessionConfiguration config) {
					config.setTransactionOperations(new SessionTransactions(managers::getObject));
				}
				return bean;
			}
		};
	}

	/** JdbcHttpSessionConfiguration's attribute conversion. */
	@Bean
	GenericConversionService springSessionConversionService() {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, SessionJson::write);
		conversion.addConverter(byte[].class, Object.class, SessionJson::read);
		return conversion;
	}

	/** RedisIndexedHttpSessionConfiguration's serializer of a session's hash values. */
	@Bean
	RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		return new RedisSerializer<>() {
			@Override
			public byte[] serialize(Object value) {
				return value == null ? new byte[0] : SessionJson.write(value);
			}

			@Override
			public Object deserialize(byte[] bytes) {
				return SessionJson.read(bytes);
			}
		};
	}

}
