package com.dossier.shared.print;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a font with Chinese glyphs and TrueType outlines (PDFBox cannot embed CFF-based
 * OpenType): the configured file, else WenQuanYi (Debian's fonts-wqy-zenhei, as CI
 * installs) or another known one in the standard directories.
 */
public final class CjkFont {

	private static final List<String> DIRECTORIES = List.of("/usr/share/fonts", "/usr/local/share/fonts",
			System.getProperty("user.home") + "/.fonts", "C:/Windows/Fonts", "/Library/Fonts", "/System/Library/Fonts");

	private static final List<String> KNOWN = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "simsun.ttc", "msyh.ttc",
			"simhei.ttf", "NotoSansSC-Regular.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf");

	private CjkFont() {
	}

	public static Optional<File> find(String configured) {
		if (configured != null && !configured.isBlank()) {
			File f = new File(configured);
			return f.canRead() ? Optional.of(f) : Optional.empty();
		}
		for (String name : KNOWN) {
			for (String dir : DIRECTORIES) {
				Optional<File> found = search(Path.of(dir), name);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<File> search(Path dir, String name) {
		if (!Files.isDirectory(dir)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.walk(dir, 4)) {
			return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).map(Path::toFile).findFirst();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

}
