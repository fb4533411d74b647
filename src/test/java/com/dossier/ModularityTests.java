package com.dossier;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a feature; features use each other only through what they expose, without cycles. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(DossierApplication.class).verify();
	}
}
