package com.dossier.shared.print;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Finds a font with Chinese glyphs and TrueType outlines, a single font ({@code .ttf}) or
 * a collection ({@code .ttc}): the configured file, else a known one in the standard
 * directories (Debian's fonts-wqy-zenhei, as CI installs), else what fontconfig lists for
 * Chinese. CFF-based OpenType ({@code .otf}) is left out: the renderer cannot embed it.
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
			return f.canRead() && usable(f) ? Optional.of(f) : Optional.empty();
		}
		for (String name : KNOWN) {
			for (String dir : DIRECTORIES) {
				Optional<File> found = search(Path.of(dir), name);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return fontconfig();
	}

	/** A collection holds several faces; the renderer opens it differently. */
	public static boolean collection(File font) {
		return font.getName().toLowerCase(Locale.ROOT).endsWith(".ttc");
	}

	private static boolean usable(File f) {
		String name = f.getName().toLowerCase(Locale.ROOT);
		return name.endsWith(".ttf") || name.endsWith(".ttc");
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

	/** Hosts without any of the known files may still have one fontconfig knows. */
	private static Optional<File> fontconfig() {
		try {
			Process p = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
			if (!p.waitFor(3, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return Optional.empty();
			}
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return out.lines()
				.map(l -> l.replaceFirst(":\\s*$", "").trim())
				.map(File::new)
				.filter(f -> usable(f) && f.canRead())
				.sorted()
				.findFirst();
		}
		catch (IOException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
