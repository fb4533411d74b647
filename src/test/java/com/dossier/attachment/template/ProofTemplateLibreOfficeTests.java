package com.dossier.attachment.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.dossier.attachment.AttachmentMessagesTests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template, in both languages, converts to PDF in LibreOffice (headless) without
 * error — what a person opening the download in an office suite meets. In CI a missing
 * LibreOffice fails the test (`.ci/run` installs it); elsewhere the test is skipped.
 */
class ProofTemplateLibreOfficeTests {

	private final ProofTemplateGenerator generator = new ProofTemplateGenerator(AttachmentMessagesTests.messages());

	@Test
	void everyTemplateConvertsToAPdfWithItsTitle(@TempDir Path dir) throws Exception {
		String office = office();
		assumeTrue(office != null || "true".equals(System.getenv("CI")), "LibreOffice is not installed");
		assertThat(office).as("libreoffice on the PATH").isNotNull();
		List<String> command = new ArrayList<>(List.of(office, "--headless", "--norestore",
				// Its own profile: no clash with another LibreOffice running on the
				// machine.
				"-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
				dir.toString()));
		List<String> titles = new ArrayList<>();
		for (ProofTemplate template : ProofTemplate.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Path file = dir.resolve(template.name() + "-" + locale.getLanguage() + ".docx");
				Files.write(file, generator.docx(template, locale));
				command.add(file.toString());
				titles.add(AttachmentMessagesTests.messages().getMessage(template.titleKey(), null, locale));
			}
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		int i = 0;
		for (ProofTemplate template : ProofTemplate.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Path pdf = dir.resolve(template.name() + "-" + locale.getLanguage() + ".pdf");
				assertThat(pdf).as(output).exists();
				try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
					assertThat(document.getNumberOfPages()).isBetween(1, 2);
					String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
					assertThat(text).as("%s %s", template, locale).contains(titles.get(i).replaceAll("\\s+", ""));
				}
				i++;
			}
		}
	}

	private static String office() throws IOException {
		for (String name : List.of("libreoffice", "soffice")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

}
