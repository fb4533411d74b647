package com.dossier.certificate.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file the operator may replace while the application runs (a new CRL, another CA): its
 * parsed content, re-read when the modification time or size changes, checked on each use
 * so that no background thread is needed. A failed read is not remembered, so the next
 * use tries again (an operator halfway through copying a file).
 */
final class ReloadingFile<T> {

	private static final Logger log = LoggerFactory.getLogger(ReloadingFile.class);

	interface Parser<T> {

		T parse(byte[] content) throws IOException;

	}

	private record Loaded<T>(FileTime modified, long size, T value) {
	}

	private final Path path;

	private final Parser<T> parser;

	private volatile Loaded<T> loaded;

	ReloadingFile(Path path, Parser<T> parser) {
		this.path = path;
		this.parser = parser;
	}

	Path path() {
		return path;
	}

	/** The content now; empty (and logged) when the file cannot be read or parsed now. */
	Optional<T> current() {
		try {
			return Optional.of(get());
		}
		catch (IOException | RuntimeException e) {
			log.error("Cannot read {}: {}", path, e.toString());
			return Optional.empty();
		}
	}

	private T get() throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
		Loaded<T> current = loaded;
		if (current != null && current.modified().equals(attributes.lastModifiedTime())
				&& current.size() == attributes.size()) {
			return current.value();
		}
		T value = parser.parse(Files.readAllBytes(path));
		loaded = new Loaded<>(attributes.lastModifiedTime(), attributes.size(), value);
		return value;
	}

}
