package com.dossier.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.dossier.support.FuzzRandom.weight;

/**
 * Mutants of real files for the fuzz runs: byte flips, truncations, splices of two files,
 * repeated chunks, deletions and changed integers (a length, an offset, a count or an
 * index written in decimal, as PDF and the XML inside a workbook write them). Positions
 * are fractions of the file, so that a mutation reads the same whatever the file's
 * length. A mutation may also act inside a zip entry ({@link ZipEntries}) or a PDF stream
 * ({@link PdfStreams}). Every choice comes from the try's {@link FuzzRandom}.
 */
public final class Mutations {

	/**
	 * Values that break parsers: zero, signs, the edges of int and long, and merely
	 * large.
	 */
	private static final List<Long> INTEGERS = List.of(0L, 1L, -1L, 2L, 255L, 256L, 65_535L, 65_536L,
			(long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 4_294_967_296L, Long.MAX_VALUE, 999_999_999_999L,
			100_000_000L);

	private Mutations() {
	}

	/** A mutation of one file, given the other files for splicing. */
	public interface Mutation {

		byte[] apply(byte[] file, List<byte[]> others);

	}

	/**
	 * The seed files of a fuzz run, by name, from {@code src/test/resources/<directory>}.
	 */
	public static Map<String, byte[]> seeds(String directory, String... names) {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		for (String name : names) {
			try (InputStream in = Mutations.class.getResourceAsStream("/" + directory + "/" + name)) {
				if (in == null) {
					throw new IllegalStateException("No seed " + directory + "/" + name);
				}
				seeds.put(name, in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return seeds;
	}

	/** Where else a mutation may act than on the file's bytes. */
	public enum Inside {

		/** Nowhere else. */
		NOTHING,
		/** In an entry of a zip (an .xlsx), zipped again. */
		ZIP_ENTRIES,
		/**
		 * In the decoded data of a PDF stream (content, font, object stream…), deflated
		 * again.
		 */
		PDF_STREAMS

	}

	/**
	 * One to four mutations of one of the seeds, some of them perhaps inside the file's
	 * parts.
	 */
	public static Mutant of(FuzzRandom random, Map<String, byte[]> seeds, Inside inside) {
		List<byte[]> files = List.copyOf(seeds.values());
		String seed = random.pick(List.copyOf(seeds.keySet()));
		List<Mutation> mutations = random.list(1, 4, () -> switch (inside) {
			case NOTHING -> mutation(random);
			case ZIP_ENTRIES -> random.frequencyOf(weight(2, () -> mutation(random)),
					weight(3, () -> ZipEntries.inEntry(mutation(random))));
			case PDF_STREAMS -> random.frequencyOf(weight(3, () -> mutation(random)),
					weight(2, () -> PdfStreams.inStream(mutation(random))));
		});
		byte[] bytes = seeds.get(seed);
		for (Mutation m : mutations) {
			bytes = m.apply(bytes, files);
		}
		return new Mutant(seed, mutations, bytes);
	}

	static Mutation mutation(FuzzRandom random) {
		return random.oneOf(() -> flip(random.fraction(), random.between(0, 7)), () -> truncate(random.fraction()),
				() -> splice(random.fraction(), random.between(0, 15), random.fraction(), random.between(1, 4096)),
				() -> repeat(random.fraction(), random.between(1, 4096), random.between(2, 2000)),
				() -> delete(random.fraction(), random.between(1, 4096)),
				() -> integer(random.fraction(), random.pick(INTEGERS)));
	}

	static Mutation flip(double at, int bit) {
		return named("flip bit " + bit + " at " + at, (file, others) -> {
			if (file.length == 0) {
				return file;
			}
			byte[] copy = file.clone();
			copy[index(at, copy.length - 1)] ^= (byte) (1 << bit);
			return copy;
		});
	}

	static Mutation truncate(double at) {
		return named("truncate at " + at, (file, others) -> Arrays.copyOf(file, index(at, file.length)));
	}

	/** Puts a piece of another seed (chosen by {@code which}) in at {@code at}. */
	static Mutation splice(double at, int which, double from, int length) {
		return named("splice " + length + " bytes of seed " + which + " from " + from + " at " + at, (file, others) -> {
			byte[] other = others.get(which % others.size());
			int start = index(from, other.length);
			byte[] piece = Arrays.copyOfRange(other, start, Math.min(other.length, start + length));
			int i = index(at, file.length);
			return concat(Arrays.copyOf(file, i), piece, Arrays.copyOfRange(file, i, file.length));
		});
	}

	static Mutation repeat(double at, int length, int times) {
		return named("repeat " + length + " bytes at " + at + " " + times + " times", (file, others) -> {
			int i = index(at, file.length);
			byte[] chunk = Arrays.copyOfRange(file, i, Math.min(file.length, i + Math.min(length, 256)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(file, 0, i);
			for (int n = 0; n < times && out.size() < 2_000_000; n++) {
				out.writeBytes(chunk);
			}
			out.write(file, i, file.length - i);
			return out.toByteArray();
		});
	}

	static Mutation delete(double at, int length) {
		return named("delete " + length + " bytes at " + at, (file, others) -> {
			int i = index(at, file.length);
			int end = Math.min(file.length, i + length);
			return concat(Arrays.copyOf(file, i), Arrays.copyOfRange(file, end, file.length));
		});
	}

	/**
	 * Replaces the first decimal integer at or after {@code at} (wrapping around) with
	 * {@code value}.
	 */
	static Mutation integer(double at, long value) {
		return named("integer at " + at + " := " + value, (file, others) -> {
			int start = index(at, file.length);
			for (int k = 0; k < file.length; k++) {
				int i = (start + k) % file.length;
				if (isDigit(file[i]) && (i == 0 || !isDigit(file[i - 1]))) {
					int end = i;
					while (end < file.length && isDigit(file[end])) {
						end++;
					}
					return concat(Arrays.copyOf(file, i), Long.toString(value).getBytes(StandardCharsets.US_ASCII),
							Arrays.copyOfRange(file, end, file.length));
				}
			}
			return file;
		});
	}

	private static boolean isDigit(byte b) {
		return b >= '0' && b <= '9';
	}

	private static int index(double at, int length) {
		return Math.min(length, (int) (at * length));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static Mutation named(String name, Mutation mutation) {
		return new Mutation() {

			@Override
			public byte[] apply(byte[] file, List<byte[]> others) {
				return mutation.apply(file, others);
			}

			@Override
			public String toString() {
				return name;
			}
		};
	}

}
