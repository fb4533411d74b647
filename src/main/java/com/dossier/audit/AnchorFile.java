package com.dossier.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The file the chain's head is appended to ({@code dossier.audit.anchor-file}; unset:
 * none), one line per anchor, {@code anchor <time> <position> <hash>}, for an operator to
 * ship where an attacker with database access cannot reach it (docs/operations.md). The
 * verification checks the chain against every line it finds here.
 */
@Component
class AnchorFile {

	private static final Logger log = LoggerFactory.getLogger(AnchorFile.class);

	private static final Pattern LINE = Pattern.compile("anchor (\\S+) (\\d{1,18}) ([0-9a-f]{64})");

	record Anchor(Instant at, long position, String hash) {

		String line() {
			return "anchor " + at + " " + position + " " + hash;
		}

	}

	private final Path file;

	AnchorFile(AuditProperties properties) {
		this.file = properties.anchorFile();
	}

	boolean enabled() {
		return file != null;
	}

	Path path() {
		return file;
	}

	/**
	 * False when there is no file or it cannot be written (reported as an ERROR: the
	 * anchor is then only in the log).
	 */
	boolean append(Anchor anchor) {
		if (file == null) {
			return false;
		}
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, anchor.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			return true;
		}
		catch (IOException e) {
			log.error("Cannot append the audit anchor to {}: {}", file, e.toString());
			return false;
		}
	}

	/**
	 * The anchors in the file by position; a line that is not an anchor is reported and
	 * left out (it cannot vouch for anything).
	 */
	List<Anchor> read() {
		if (file == null || !Files.isRegularFile(file)) {
			return List.of();
		}
		List<Anchor> anchors = new ArrayList<>();
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			lines.forEach(line -> parse(line, anchors));
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("Audit anchors not readable from {}: {}", file, e.getMessage());
			return List.of();
		}
		anchors.sort(Comparator.comparingLong(Anchor::position));
		return anchors;
	}

	private void parse(String line, List<Anchor> anchors) {
		Matcher m = LINE.matcher(line.strip());
		if (line.isBlank()) {
			return;
		}
		try {
			if (m.matches()) {
				anchors.add(new Anchor(Instant.parse(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
				return;
			}
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		log.warn("Not an audit anchor, ignored, in {}: {}", file,
				line.length() <= 120 ? line : line.substring(0, 120) + "…");
	}

}
