package com.dossier.account;

import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * {@code dossier.session.store}: {@code jdbc} (the default, the shared database) or
 * {@code redis} (Spring Session Data Redis, {@code spring.data.redis.*}). Both stores are
 * on the class path and Spring Boot would take either; this keeps the other one's
 * auto-configuration out altogether, so a JDBC node opens no Redis connection and reports
 * no Redis health. Registered in {@code META-INF/spring.factories}.
 */
public final class SessionStoreSelection implements AutoConfigurationImportFilter, EnvironmentAware {

	static final String PROPERTY = "dossier.session.store";

	private static final String JDBC_SESSIONS = "org.springframework.boot.session.jdbc.";

	private static final String REDIS_SESSIONS = "org.springframework.boot.session.data.redis.";

	private static final String REDIS = "org.springframework.boot.data.redis.";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean[] match(String[] classes, AutoConfigurationMetadata metadata) {
		boolean redis = redis(environment);
		boolean[] matches = new boolean[classes.length];
		for (int i = 0; i < classes.length; i++) {
			String name = classes[i];
			matches[i] = name == null || (redis ? !name.startsWith(JDBC_SESSIONS)
					: !name.startsWith(REDIS_SESSIONS) && !name.startsWith(REDIS));
		}
		return matches;
	}

	/**
	 * Whether the configuration chooses Redis; anything but the two names stops the
	 * start.
	 */
	static boolean redis(Environment environment) {
		String store = environment.getProperty(PROPERTY, "jdbc").trim().toLowerCase(Locale.ROOT);
		return switch (store) {
			case "jdbc" -> false;
			case "redis" -> true;
			default -> throw new IllegalStateException(
					PROPERTY + " is '" + store + "': it must be jdbc (the database) or redis (spring.data.redis.*)");
		};
	}

}
