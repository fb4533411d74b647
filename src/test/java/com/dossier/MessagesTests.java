package com.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible text exists in both languages: a key missing in either bundle, or used by
 * a template, fails.
 */
class MessagesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path JTE = Path.of("src/main/jte");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path zh : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English bundle for " + zh).exists();
				assertThat(load(en).stringPropertyNames()).as(en.toString())
					.containsExactlyInAnyOrderElementsOf(load(zh).stringPropertyNames());
			}
		}
	}

	@Test
	void everyLiteralKeyInTheJteTemplatesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path p : files.toList()) {
				keys.addAll(load(p).stringPropertyNames());
			}
		}
		Pattern literal = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");
		try (Stream<Path> templates = Files.walk(JTE)) {
			for (Path t : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				Matcher m = literal.matcher(Files.readString(t));
				while (m.find()) {
					assertThat(keys).as("key " + m.group(1) + " used in " + t).contains(m.group(1));
				}
			}
		}
	}

	/** People read "2024-05-31" or 年-月-日, never a formatter's pattern (#16). */
	@Test
	void noTextShowsAProgrammersDatePattern() throws IOException {
		Pattern pattern = Pattern.compile("yyyy|MM-dd|HH:mm");
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path p : files.toList()) {
				Properties bundle = load(p);
				for (String key : bundle.stringPropertyNames()) {
					assertThat(bundle.getProperty(key)).as(p + " " + key).doesNotContainPattern(pattern);
				}
			}
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

}
