package com.dossier;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a feature; features use each other only through what they
 * expose (a module's base package), without cycles — {@code verify()} fails on a cycle
 * and on another module's internal type. Tables are checked by {@link ModuleTablesTests}.
 * The module documentation in docs/modules is written from the same model on every build,
 * so it shows the code as it is.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DossierApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
