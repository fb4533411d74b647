package com.dossier.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.dossier.support.Mutations.Mutation;

/**
 * A mutation applied to one entry of a zip (an .xlsx), zipped again: that reaches the XML
 * parsers behind the zip rather than stopping at its checksums.
 */
final class ZipEntries {

	private ZipEntries() {
	}

	/**
	 * The mutation applied to one entry (chosen by the mutation's own position) of a zip,
	 * zipped again.
	 */
	static Mutation inEntry(Mutation inner) {
		return Mutations.named("in a zip entry: " + inner, (file, others) -> {
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
				entries.put(e.getName(), zip.readNBytes(4_000_000));
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Map.of(); // not a zip (any more): mutate the bytes themselves
		}
		return entries;
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

}
