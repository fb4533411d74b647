package com.dossier.shared.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.dossier.shared.DossierException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import org.springframework.http.HttpStatus;

/**
 * An A4 paper form written top-down in an embedded CJK font ({@link CjkFont}), starting a
 * new page when one is full: what 书面材料打印 of an application needs (title, lines, wrapped
 * Chinese text, the number as a barcode).
 */
public final class PdfSheet implements AutoCloseable {

	public static final float MARGIN = 50;

	private static final float LINE = 18;

	private final PDDocument doc;

	private final TrueTypeCollection ttc;

	private final PDFont font;

	private PDPageContentStream stream;

	/** How far down the current page the next line goes (PDF points from the bottom). */
	private float y;

	private PdfSheet(PDDocument doc, TrueTypeCollection ttc, PDFont font) throws IOException {
		this.doc = doc;
		this.ttc = ttc;
		this.font = font;
		newPage();
	}

	/** A new sheet in the configured font, else a CJK font found on the system. */
	public static PdfSheet open(String configuredFont) throws IOException {
		File file = CjkFont.find(configuredFont)
			.orElseThrow(() -> new DossierException(HttpStatus.INTERNAL_SERVER_ERROR, "print.font_missing"));
		PDDocument doc = new PDDocument();
		TrueTypeCollection ttc = new TrueTypeCollection(file);
		AtomicReference<TrueTypeFont> first = new AtomicReference<>();
		ttc.processAllFonts(f -> first.compareAndSet(null, f));
		if (first.get() == null) {
			ttc.close();
			doc.close();
			throw new IOException("no font in " + file);
		}
		return new PdfSheet(doc, ttc, PDType0Font.load(doc, first.get(), true));
	}

	/** The number as Code 128 at the top right of the current page. */
	public void barcode(String number, float width, float height) throws IOException {
		BufferedImage code = Barcodes.image(number, 1);
		stream.drawImage(LosslessFactory.createFromImage(doc, code), PDRectangle.A4.getWidth() - MARGIN - width,
				y - height + 10, width, height);
	}

	public void text(float size, String text) throws IOException {
		if (y < MARGIN + LINE) {
			newPage();
		}
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(MARGIN, y);
		stream.showText(text);
		stream.endText();
		y -= Math.max(LINE, size + 8);
	}

	/**
	 * Breaks long text at the page width, character by character (Chinese has no spaces).
	 */
	public void wrapped(float size, String text) throws IOException {
		float max = PDRectangle.A4.getWidth() - 2 * MARGIN;
		List<String> rows = new ArrayList<>();
		StringBuilder row = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			row.append(text.charAt(i));
			if (font.getStringWidth(row.toString()) / 1000 * size > max) {
				row.setLength(row.length() - 1);
				rows.add(row.toString());
				row.setLength(0);
				row.append("    ").append(text.charAt(i));
			}
		}
		rows.add(row.toString());
		for (String r : rows) {
			text(size, r);
		}
	}

	/** Leaves {@code points} of space before the next line. */
	public void gap(float points) {
		y -= points;
	}

	public byte[] bytes() throws IOException {
		closeStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		doc.save(out);
		return out.toByteArray();
	}

	@Override
	public void close() throws IOException {
		closeStream();
		try {
			ttc.close();
		}
		finally {
			doc.close();
		}
	}

	private void newPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PDRectangle.A4);
		doc.addPage(page);
		stream = new PDPageContentStream(doc, page);
		y = PDRectangle.A4.getHeight() - MARGIN - 20;
	}

	private void closeStream() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}

}
