package com.dossier.support;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz runs' settings, for {@code @AddLifecycleHook(FuzzRun.class)} on a jqwik container: a fixed seed by
 * default so that CI is reproducible, and {@code -Dfuzz.seed=…} / {@code -Dfuzz.tries=…} to explore further
 * (the tries default to the property's own). {@link #call} guards one try against a hang.
 */
public final class FuzzRun implements AroundPropertyHook {

	public static final String DEFAULT_SEED = "20261201";

	/** Each try runs here, so that a hang fails the property instead of the build; daemons, not to hold the JVM. */
	private static final ExecutorService TRIES = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "fuzz-try");
		t.setDaemon(true);
		return t;
	});

	/** Registered on a class, for every property in it. */
	@Override
	public PropagationMode propagateTo() {
		return PropagationMode.ALL_DESCENDANTS;
	}

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		context.attributes().setSeed(System.getProperty("fuzz.seed", DEFAULT_SEED));
		Integer tries = Integer.getInteger("fuzz.tries");
		if (tries != null) {
			context.attributes().setTries(tries);
		}
		return property.execute();
	}

	/** The call's result, or what it threw (an Error too); a call still running after {@code limit} fails. */
	public static <T> T call(Duration limit, java.util.concurrent.Callable<T> call) throws Throwable {
		Future<T> result = TRIES.submit(call);
		try {
			return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException e) {
			throw e.getCause();
		}
		catch (TimeoutException e) {
			result.cancel(true);
			throw new AssertionError("still running after " + limit, e);
		}
	}
}
