package com.dossier.support;

import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A bounded fuzz run: a fixed seed by default, so that CI is reproducible, and
 * {@code -D<prefix>.seed=…} / {@code -D<prefix>.tries=…} to explore further. Every try
 * draws from its own random, derived from the seed and its number only, so
 * {@code -D<prefix>.try=N} runs try N alone, with the same input as in the whole run; a
 * failure names the seed, the try and the input's mutations, and says how to run it
 * alone.
 */
public final class FuzzRun {

	public static final long DEFAULT_SEED = 20261201L;

	/**
	 * Each call runs here, so that a hang fails the try instead of the build; daemons,
	 * not to hold the JVM.
	 */
	private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "fuzz-try");
		t.setDaemon(true);
		return t;
	});

	private final String prefix;

	private final long seed;

	private final int tries;

	private final Integer only;

	private FuzzRun(String prefix, long seed, int tries, Integer only) {
		this.prefix = prefix;
		this.seed = seed;
		this.tries = tries;
		this.only = only;
	}

	/**
	 * The run that the system properties {@code <prefix>.seed}, {@code .tries} and
	 * {@code .try} ask for.
	 */
	public static FuzzRun configured(String prefix, int defaultTries) {
		long seed = Long.parseLong(System.getProperty(prefix + ".seed", Long.toString(DEFAULT_SEED)));
		return new FuzzRun(prefix, seed, Integer.getInteger(prefix + ".tries", defaultTries),
				Integer.getInteger(prefix + ".try"));
	}

	/**
	 * The random of one try: the same for the same seed and number, whatever ran before;
	 * so a test can remake a failing input too, e.g.
	 * {@code JpegFuzzTests.mutant(FuzzRun.random(20261201, 37)).bytes()}.
	 */
	public static FuzzRandom random(long seed, int number) {
		long run = new SplittableRandom(seed).nextLong();
		return new FuzzRandom(new SplittableRandom(run + number).nextLong());
	}

	/**
	 * Makes an input for every try and checks it, until a check fails (then the run
	 * fails, naming the try); at the end, prints how often each outcome (the checks'
	 * answers) came up, to show what the run reached.
	 */
	public <T> void check(String what, Function<FuzzRandom, T> input, Check<T> check) {
		Map<String, Integer> outcomes = new TreeMap<>();
		int first = only == null ? 1 : only;
		int last = only == null ? tries : only;
		for (int number = first; number <= last; number++) {
			T value = null;
			try {
				value = input.apply(random(seed, number));
				outcomes.merge(String.valueOf(check.outcome(value)), 1, Integer::sum);
			}
			catch (Throwable failure) {
				throw new AssertionError(
						String.format(
								"Try %d of %d, seed %d, failed (alone: -D%s.seed=%d -D%s.try=%d)"
										+ "%n on %s%n with %s",
								number, tries, seed, prefix, seed, prefix, number,
								value == null ? "(making the input)" : value, abridged(failure)),
						failure);
			}
		}
		System.out.println(what + ", " + this + ": " + outcomes);
	}

	/**
	 * The failure's first 300 characters: its whole message (a JPEG's Base64, say) is in
	 * the cause below.
	 */
	private static String abridged(Throwable failure) {
		String text = failure.toString();
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}

	@Override
	public String toString() {
		return "seed " + seed + ", " + (only == null ? tries + " tries" : "try " + only + " alone");
	}

	/**
	 * One try's check of its input: throws if the property does not hold, else says what
	 * the outcome was.
	 */
	@FunctionalInterface
	public interface Check<T> {

		Object outcome(T input) throws Throwable;

	}

	/**
	 * The call's result, or what it threw (an Error too); a call still running after
	 * {@code limit} fails.
	 */
	public static <T> T call(Duration limit, Callable<T> call) throws Throwable {
		Future<T> result = CALLS.submit(call);
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
