package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.dossier.support.HttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * {@code dossier.session.store} chooses the store (issue 20): JDBC by default, with no
 * Redis client at all; an unknown name stops the start with what the two names are.
 */
@HttpTest
class SessionStoreSelectionTests {

	@Autowired
	ApplicationContext context;

	@Test
	void byDefaultSessionsAreInTheDatabaseAndNoRedisIsConfigured() {
		assertThat(context.getBean(SessionRepository.class)).isInstanceOf(ThrottledSessionRepository.class);
		assertThat(context.getBeanNamesForType(JdbcIndexedSessionRepository.class)).isEmpty(); // wrapped
		assertThat(context.getBeanNamesForType(org.springframework.data.redis.connection.RedisConnectionFactory.class))
			.isEmpty();
		assertThat(
				context.getBeanNamesForType(org.springframework.session.data.redis.RedisIndexedSessionRepository.class))
			.isEmpty();
	}

	@Test
	void theStoreIsChosenByName() {
		assertThat(SessionStoreSelection.redis(new MockEnvironment())).isFalse();
		assertThat(SessionStoreSelection.redis(new MockEnvironment().withProperty("dossier.session.store", "jdbc")))
			.isFalse();
		assertThat(SessionStoreSelection.redis(new MockEnvironment().withProperty("dossier.session.store", " Redis ")))
			.isTrue();
		assertThatIllegalStateException()
			.isThrownBy(() -> SessionStoreSelection
				.redis(new MockEnvironment().withProperty("dossier.session.store", "memcached")))
			.withMessageContaining("jdbc")
			.withMessageContaining("redis");
	}

	@Test
	void eachStoreLeavesTheOthersAutoConfigurationOut() {
		String[] names = { "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
				"org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
				"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
				"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" };
		SessionStoreSelection selection = new SessionStoreSelection();
		selection.setEnvironment(new MockEnvironment());
		assertThat(selection.match(names, null)).containsExactly(true, false, false, true);
		selection.setEnvironment(new MockEnvironment().withProperty("dossier.session.store", "redis"));
		assertThat(selection.match(names, null)).containsExactly(false, true, true, true);
	}

}
