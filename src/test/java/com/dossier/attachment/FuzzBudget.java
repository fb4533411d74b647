package com.dossier.attachment;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz runs' seed and tries: fixed by default, so that CI runs the same inputs every time and a failure
 * reproduces, and changed from the command line for a longer or different search:
 * {@code mvn test -Dtest=JpegFuzzTests -Ddossier.fuzz.seed=7 -Ddossier.fuzz.tries=20000}.
 */
class FuzzBudget implements AroundPropertyHook {

	static final String SEED = "20261201";

	static final int TRIES = 600;

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		context.attributes().setSeed(System.getProperty("dossier.fuzz.seed", SEED));
		context.attributes().setTries(Integer.getInteger("dossier.fuzz.tries", TRIES));
		return property.execute();
	}
}
