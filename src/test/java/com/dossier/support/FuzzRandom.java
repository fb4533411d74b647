package com.dossier.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The choices of one fuzz try, all drawn from one seeded {@link SplittableRandom}, so
 * that the same seed makes the same mutant. Like a property-testing library's generators,
 * numbers lean towards the ends of their range and its low end, where parsers break (an
 * offset of 0, the last byte, a length of 1, a few repeats rather than thousands).
 */
public final class FuzzRandom {

	private final SplittableRandom random;

	FuzzRandom(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * A number in [min, max]: one of the two ends, or near the low end (in a span of
	 * random bits), or anywhere.
	 */
	public int between(int min, int max) {
		int pick = random.nextInt(16);
		if (pick == 0) {
			return random.nextBoolean() ? min : max;
		}
		long range = (long) max - min + 1;
		if (pick < 12) {
			int bits = 1 + random.nextInt(64 - Long.numberOfLeadingZeros(range));
			range = Math.min(range, 1L << bits);
		}
		return (int) (min + random.nextLong(range));
	}

	/** A position as a fraction of a length, in [0, 1]. */
	public double fraction() {
		if (random.nextInt(16) == 0) {
			return random.nextBoolean() ? 0 : 1;
		}
		return random.nextDouble();
	}

	public boolean bool() {
		return random.nextBoolean();
	}

	public int pick(int... values) {
		return values[random.nextInt(values.length)];
	}

	public <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * Between {@code min} and {@code max} elements (uniformly many), each made by
	 * {@code element}.
	 */
	public <T> List<T> list(int min, int max, Supplier<? extends T> element) {
		int size = min + random.nextInt(max - min + 1);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.get());
		}
		return list;
	}

	/** What one of the choices, taken with equal chances, makes. */
	@SafeVarargs
	public final <T> T oneOf(Supplier<? extends T>... choices) {
		return choices[random.nextInt(choices.length)].get();
	}

	/**
	 * What one of the choices, taken with chances in proportion to their weights, makes.
	 */
	@SafeVarargs
	public final <T> T frequencyOf(Weighted<? extends T>... choices) {
		int total = 0;
		for (Weighted<? extends T> choice : choices) {
			total += choice.weight();
		}
		int pick = random.nextInt(total);
		for (Weighted<? extends T> choice : choices) {
			pick -= choice.weight();
			if (pick < 0) {
				return choice.value().get();
			}
		}
		throw new IllegalStateException("No choice");
	}

	public static <T> Weighted<T> weight(int weight, Supplier<? extends T> value) {
		return new Weighted<>(weight, value);
	}

	public record Weighted<T>(int weight, Supplier<? extends T> value) {
	}

}
