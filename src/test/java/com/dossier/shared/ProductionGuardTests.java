package com.dossier.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/dossier")
			.withProperty("spring.datasource.password", "s3cret-from-vault")
			.withProperty("dossier.demo-data", "false");
	}

	@Test
	void startsWithARealDatabaseAndPassword() {
		assertThatCode(() -> new ProductionGuard(production()).afterPropertiesSet()).doesNotThrowAnyException();
	}

	@Test
	void refusesTheEmbeddedDatabaseDefaultPasswordsAndDemoData() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> new ProductionGuard(production().withProperty("spring.datasource.url", "jdbc:h2:file:./x"))
						.afterPropertiesSet())
			.withMessageContaining("not H2");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProductionGuard(production().withProperty("spring.datasource.password", "postgres"))
				.afterPropertiesSet())
			.withMessageContaining("PASSWORD");
		assertThatIllegalStateException().isThrownBy(
				() -> new ProductionGuard(production().withProperty("dossier.demo-data", "true")).afterPropertiesSet())
			.withMessageContaining("demo-data");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProductionGuard(
					production().withProperty("dossier.bootstrap.admin.password", "Demo@12345"))
				.afterPropertiesSet())
			.withMessageContaining("demo password");
	}

}
