package com.dossier.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile on anything that is only fit for a demo: the
 * embedded database, an empty or default database password, demo data, or the demo
 * administrator password.
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

	private final Environment env;

	ProductionGuard(Environment env) {
		this.env = env;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = new ArrayList<>();
		String url = env.getProperty("spring.datasource.url", "");
		String password = env.getProperty("spring.datasource.password", "");
		if (url.isBlank() || url.startsWith("jdbc:h2:")) {
			problems.add("SPRING_DATASOURCE_URL must name the production database (not H2)");
		}
		if (password.isBlank() || List.of("postgres", "password", "sa", "admin").contains(password.toLowerCase())) {
			problems.add("SPRING_DATASOURCE_PASSWORD must be set and not a default");
		}
		if (env.getProperty("dossier.demo-data", Boolean.class, false)) {
			problems.add("dossier.demo-data must be false");
		}
		if (DemoPassword.VALUE.equals(env.getProperty("dossier.bootstrap.admin.password"))) {
			problems.add("dossier.bootstrap.admin.password must not be the demo password");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
		}
	}

}
