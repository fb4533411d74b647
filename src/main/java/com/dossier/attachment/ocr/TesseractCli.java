package com.dossier.attachment.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract's command-line tool as a child process, one page per run: a process the
 * worker can kill when a page takes too long, whose memory ends with it, and which needs
 * nothing but the Debian packages (tess4j 5.16.0 looks for libleptonica.so and
 * libtesseract.so, which Debian's runtime packages do not provide: see
 * bench/OCR-RESULTS.md). Input and output go through temporary files, so no pipe can fill
 * and block the child. One thread per process (OMP_THREAD_LIMIT): the worker pool bounds
 * the cores used.
 */
final class TesseractCli implements OcrEngine {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

	private final List<String> command;

	private final String languages;

	private volatile Boolean available;

	TesseractCli(List<String> command, String languages) {
		this.command = List.copyOf(command);
		this.languages = languages;
	}

	@Override
	public boolean available() {
		Boolean known = available;
		if (known == null) {
			known = probe();
			available = known;
		}
		return known;
	}

	/** Whether the tool runs and knows every language asked for. */
	private boolean probe() {
		try {
			Path out = Files.createTempFile("dossier-ocr-langs", ".txt");
			try {
				List<String> args = new ArrayList<>(command);
				args.add("--list-langs");
				if (!run(args, out, PROBE_TIMEOUT)) {
					return false;
				}
				List<String> known = Files.readAllLines(out, StandardCharsets.UTF_8)
					.stream()
					.map(String::strip)
					.toList();
				return List.of(languages.split("\\+")).stream().allMatch(known::contains);
			}
			finally {
				Files.deleteIfExists(out);
			}
		}
		catch (IOException | OcrException e) {
			return false;
		}
	}

	@Override
	public String read(byte[] image, Duration timeout) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("dossier-ocr");
			Path in = dir.resolve("page");
			Files.write(in, image);
			List<String> args = new ArrayList<>(command);
			args.addAll(List.of(in.toString(), dir.resolve("out").toString(), "-l", languages, "--psm", "3"));
			if (!run(args, dir.resolve("log"), timeout)) {
				throw new OcrException("ocr.timeout");
			}
			Path text = dir.resolve("out.txt");
			if (!Files.exists(text)) {
				throw new OcrException("ocr.no_output");
			}
			return Files.readString(text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(dir);
		}
	}

	/**
	 * Runs to the end within {@code timeout} (true), or is killed (false); a tool that
	 * fails is an error.
	 */
	private static boolean run(List<String> args, Path output, Duration timeout) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new OcrException("ocr.not_started");
		}
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				return false;
			}
			if (process.exitValue() != 0) {
				throw new OcrException("ocr.exit_" + process.exitValue());
			}
			return true;
		}
		catch (InterruptedException e) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new OcrException("ocr.interrupted");
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException e) {
			// a temporary file left behind is the system's to clean
		}
	}

}
