package com.dossier.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs the tests make for themselves. Chinese text needs a TrueType font with CJK glyphs;
 * the tests look for one in the standard font directories (Debian package
 * fonts-wqy-zenhei) and fail with that hint when there is none.
 */
public final class TestPdfs {

	private static final List<String> CJK_FONTS = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc",
			"DroidSansFallbackFull.ttf", "uming.ttc");

	private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
			Path.of(System.getProperty("user.home"), ".fonts"),
			Path.of(System.getProperty("user.home"), ".local/share/fonts"));

	private static TrueTypeCollection collection;

	private TestPdfs() {
	}

	/** One page per argument, each line of the argument a line of text. */
	public static PDDocument textDocument(String... pages) throws IOException {
		PDDocument document = new PDDocument();
		PDType0Font font = PDType0Font.load(document, cjkFont(), true);
		for (String text : pages) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 14);
				content.setLeading(20);
				content.newLineAtOffset(60, 780);
				for (String line : text.split("\n")) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
		}
		return document;
	}

	public static byte[] text(String... pages) {
		try (PDDocument document = textDocument(pages)) {
			return save(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A "scanned" PDF: every page is one JPEG image and there is no text at all. */
	public static byte[] scanned(int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			BufferedImage scan = TestImages.page(595, 842, BufferedImage.TYPE_BYTE_GRAY, false);
			PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.6f);
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			return save(document);
		}
	}

	public static byte[] blank(int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			return save(document);
		}
	}

	public static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/**
	 * Grows a PDF to exactly {@code size} bytes with a comment after its body and repeats
	 * its startxref, so that the result is still a valid PDF (the cross-reference offsets
	 * are unchanged).
	 */
	public static byte[] paddedTo(byte[] pdf, int size) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf("startxref");
		String offset = text.substring(at + "startxref".length()).trim().split("\\s+")[0];
		String tail = "\nstartxref\n" + offset + "\n%%EOF\n";
		int padding = size - pdf.length - tail.length() - 2;
		String filled = text + "%" + "x".repeat(padding) + "\n" + tail;
		byte[] bytes = filled.getBytes(StandardCharsets.ISO_8859_1);
		if (bytes.length != size) {
			throw new IllegalStateException("padded to " + bytes.length);
		}
		return bytes;
	}

	private static synchronized TrueTypeFont cjkFont() throws IOException {
		Path file = findCjkFont().orElseThrow(() -> new IllegalStateException(
				"No CJK TrueType font found in " + FONT_DIRS + "; install the Debian package fonts-wqy-zenhei"));
		if (file.toString().endsWith(".ttf")) {
			return new org.apache.fontbox.ttf.TTFParser()
				.parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
		}
		if (collection == null) {
			collection = new TrueTypeCollection(file.toFile());
		}
		TrueTypeFont[] first = new TrueTypeFont[1];
		collection.processAllFonts(font -> {
			if (first[0] == null) {
				first[0] = font;
			}
		});
		return first[0];
	}

	public static Optional<Path> findCjkFont() {
		for (Path dir : FONT_DIRS) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				Optional<Path> found = files.filter(p -> CJK_FONTS.contains(p.getFileName().toString())).findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
			catch (IOException e) {
				// unreadable directory: try the next one
			}
		}
		return Optional.empty();
	}

}
