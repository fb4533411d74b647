package com.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module reads and writes only its own tables: SQL in a module's code that names
 * another module's table is a dependency the module graph cannot see (and a cycle when
 * the owner depends back), so it fails here. A module gets another's data from that
 * module's API, or copies what it needs when it needs it.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/com/dossier");

	/** Every table and the module whose migrations create it. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("account", "account"),
			Map.entry("login_throttle", "account"), Map.entry("spring_session", "account"),
			Map.entry("spring_session_attributes", "account"), Map.entry("attachment", "attachment"),
			Map.entry("attachment_blob", "attachment"), Map.entry("attachment_conversion", "attachment"),
			Map.entry("audit_event", "audit"), Map.entry("audit_event_archive", "audit"),
			Map.entry("audit_chain_head", "audit"), Map.entry("audit_verification", "audit"),
			Map.entry("certificate_binding", "certificate"), Map.entry("enterprise", "enterprise"),
			Map.entry("contact_change", "enterprise"), Map.entry("handbook_record", "handbook"),
			Map.entry("handbook_record_version", "handbook"), Map.entry("notice", "portal"),
			Map.entry("registry_item", "registry"), Map.entry("registry_item_version", "registry"),
			Map.entry("registry_import", "registry"), Map.entry("registry_import_enterprise", "registry"),
			Map.entry("registry_preview", "registry"), Map.entry("verification_application", "verification"),
			Map.entry("verification_item", "verification"), Map.entry("verification_sequence", "verification"),
			Map.entry("qualification_category", "qualification"), Map.entry("qualification_grade", "qualification"),
			Map.entry("qualification_sequence", "qualification"),
			Map.entry("qualification_application", "qualification"), Map.entry("qualification_item", "qualification"),
			Map.entry("registry_job", "registry"), Map.entry("attachment_ocr", "attachment"),
			Map.entry("handbook_print", "print"));

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)");

	@Test
	void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
		Pattern create = Pattern.compile("(?i)create table\\s+([a-z_]+)");
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher m = create.matcher(Files.readString(migration));
				while (m.find()) {
					assertThat(OWNERS).as("owner of table %s (%s)", m.group(1), migration.getFileName())
						.containsKey(m.group(1));
				}
			}
		}
	}

	@Test
	void noModuleReadsOrWritesAnotherModulesTables() throws IOException {
		List<String> crossings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Matcher literal = STRING.matcher(Files.readString(file));
				while (literal.find()) {
					String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text);
					while (table.find()) {
						String owner = OWNERS.get(table.group(1).toLowerCase());
						if (owner != null && !owner.equals(module)) {
							crossings.add(relative + " uses " + table.group(1) + " of module " + owner);
						}
					}
				}
			}
		}
		assertThat(crossings).isEmpty();
	}

}
