package com.dossier.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Mutants of real files for the fuzz runs: byte flips, truncations, splices of two files, repeated chunks,
 * deletions and changed integers (a length, an offset, a count or an index written in decimal, as PDF and the
 * XML inside a workbook write them). Positions are fractions of the file, so jqwik can shrink a failing mutant
 * towards fewer and simpler changes. A zip (an .xlsx) may instead be mutated inside one of its entries and zipped
 * again, which reaches the parsers behind the zip rather than stopping at its checksums.
 */
public final class Mutations {

	/** Values that break parsers: zero, signs, the edges of int and long, and merely large. */
	private static final Long[] INTEGERS = { 0L, 1L, -1L, 2L, 255L, 256L, 65_535L, 65_536L, (long) Integer.MAX_VALUE,
			(long) Integer.MIN_VALUE, 4_294_967_296L, Long.MAX_VALUE, 999_999_999_999L, 100_000_000L };

	private Mutations() {
	}

	/** A mutation of one file, given the other files for splicing. */
	public interface Mutation {

		byte[] apply(byte[] file, List<byte[]> others);
	}

	public record Mutant(String seed, List<Mutation> mutations, byte[] bytes) {

		@Override
		public String toString() {
			return seed + " " + mutations + " (" + bytes.length + " bytes)";
		}
	}

	/** The seed files of a fuzz run, by name, from {@code src/test/resources/<directory>}. */
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
		/** In the decoded data of a PDF stream (content, font, object stream…), deflated again. */
		PDF_STREAMS
	}

	/** One to four mutations of one of the seeds, some of them perhaps inside the file's parts. */
	public static Arbitrary<Mutant> of(Map<String, byte[]> seeds, Inside inside) {
		List<byte[]> files = List.copyOf(seeds.values());
		Arbitrary<Mutation> mutation = switch (inside) {
			case NOTHING -> mutation();
			case ZIP_ENTRIES -> Arbitraries.frequencyOf(Tuple.of(2, mutation()),
					Tuple.of(3, mutation().map(Mutations::inZip)));
			case PDF_STREAMS -> Arbitraries.frequencyOf(Tuple.of(3, mutation()),
					Tuple.of(2, mutation().map(PdfStreams::inStream)));
		};
		return Combinators.combine(Arbitraries.of(seeds.keySet()), mutation.list().ofMinSize(1).ofMaxSize(4))
			.as((seed, mutations) -> {
				byte[] bytes = seeds.get(seed);
				for (Mutation m : mutations) {
					bytes = m.apply(bytes, files);
				}
				return new Mutant(seed, mutations, bytes);
			});
	}

	static Arbitrary<Mutation> mutation() {
		Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
		Arbitrary<Integer> length = Arbitraries.integers().between(1, 4096);
		return Arbitraries.oneOf(
				Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Mutations::flip),
				at.map(Mutations::truncate),
				Combinators.combine(at, Arbitraries.integers().between(0, 15), at, length).as(Mutations::splice),
				Combinators.combine(at, length, Arbitraries.integers().between(2, 2000)).as(Mutations::repeat),
				Combinators.combine(at, length).as(Mutations::delete),
				Combinators.combine(at, Arbitraries.of(INTEGERS)).as(Mutations::integer));
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
		return named("splice " + length + " bytes of seed " + which + " from " + from + " at " + at,
				(file, others) -> {
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

	/** Replaces the first decimal integer at or after {@code at} (wrapping around) with {@code value}. */
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

	/** The mutation applied to one entry (chosen by the mutation's own position) of a zip, zipped again. */
	static Mutation inZip(Mutation inner) {
		return named("in a zip entry: " + inner, (file, others) -> {
			Map<String, byte[]> entries = unzip(file);
			if (entries.isEmpty()) {
				return inner.apply(file, others);
			}
			List<String> names = new ArrayList<>(entries.keySet());
			String name = names.get(Math.floorMod(inner.toString().hashCode(), names.size()));
			entries.put(name, inner.apply(entries.get(name), others));
			return zip(entries);
		});
	}

	private static Map<String, byte[]> unzip(byte[] file) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.put(e.getName(), readAll(zip));
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Map.of(); // not a zip (any more): mutate the bytes themselves
		}
		return entries;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readNBytes(4_000_000);
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
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
