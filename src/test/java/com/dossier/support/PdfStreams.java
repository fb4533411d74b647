package com.dossier.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.dossier.support.Mutations.Mutation;

/**
 * A mutation applied to the decoded data of one stream of a PDF (chosen by the mutation),
 * deflated again and put back between {@code stream} and {@code endstream}: that reaches
 * content-stream, font and object-stream parsers, which a flipped byte in compressed data
 * almost never does. The stale /Length is left for the parser to notice.
 */
final class PdfStreams {

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

	private PdfStreams() {
	}

	static Mutation inStream(Mutation inner) {
		return Mutations.named("in a PDF stream: " + inner, (file, others) -> {
			List<int[]> streams = streams(file);
			if (streams.isEmpty()) {
				return inner.apply(file, others);
			}
			int[] data = streams.get(Math.floorMod(inner.toString().hashCode(), streams.size()));
			byte[] raw = Arrays.copyOfRange(file, data[0], data[1]);
			byte[] inflated = inflate(raw);
			byte[] mutated = inflated == null ? inner.apply(raw, others) : deflate(inner.apply(inflated, others));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(file, 0, data[0]);
			out.writeBytes(mutated);
			out.write(file, data[1], file.length - data[1]);
			return out.toByteArray();
		});
	}

	/** The [start, end) of every stream's data. */
	private static List<int[]> streams(byte[] file) {
		List<int[]> found = new ArrayList<>();
		for (int at = indexOf(file, STREAM, 0); at >= 0; at = indexOf(file, STREAM, at + 1)) {
			if (at >= 3 && file[at - 3] == 'e' && file[at - 2] == 'n' && file[at - 1] == 'd') {
				continue;
			}
			int start = at + STREAM.length;
			if (start < file.length && file[start] == '\r') {
				start++;
			}
			if (start < file.length && file[start] == '\n') {
				start++;
			}
			int end = indexOf(file, ENDSTREAM, start);
			if (end > start) {
				found.add(new int[] { start, end });
			}
		}
		return found;
	}

	private static byte[] inflate(byte[] raw) {
		Inflater inflater = new Inflater();
		inflater.setInput(raw);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			while (!inflater.finished() && out.size() < 4_000_000) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					return null;
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (DataFormatException e) {
			return null;
		}
		finally {
			inflater.end();
		}
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater();
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
