package com.dossier.verification.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.dossier.enterprise.Enterprise;
import com.dossier.shared.AdministrationTime;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.DossierException;
import com.dossier.verification.VerificationApplication;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * 书面材料打印 as PDF: the number as a barcode, the enterprise, the contact snapshot, each
 * item, and lines for the legal representative's signature and the company seal. Chinese
 * needs an embedded CJK font (see {@link CjkFont}).
 */
@Component
class PrintForm {

	private static final float MARGIN = 50;

	private static final float LINE = 18;

	private final SectionTexts texts;

	private final String configuredFont;

	private final AdministrationTime time;

	PrintForm(SectionTexts texts, @Value("${dossier.print.font:}") String configuredFont, AdministrationTime time) {
		this.time = time;
		this.texts = texts;
		this.configuredFont = configuredFont;
	}

	byte[] render(VerificationApplication a, Enterprise enterprise, List<ItemLine> lines) {
		File fontFile = CjkFont.find(configuredFont)
			.orElseThrow(() -> new DossierException(HttpStatus.INTERNAL_SERVER_ERROR, "print.font_missing"));
		try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = collection(fontFile)) {
			PDFont font = PDType0Font.load(doc, firstFont(ttc, fontFile), true);
			Writer w = new Writer(doc, font);
			BufferedImage code = Barcodes.image(a.number(), 1);
			PDImageXObject barcode = LosslessFactory.createFromImage(doc, code);
			float width = 220;
			float height = 50;
			w.stream.drawImage(barcode, PDRectangle.A4.getWidth() - MARGIN - width, w.y - height + 10, width, height);
			// English takes half-width punctuation: "Date: …", not "Date：…"
			boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
			String colon = english ? ": " : "：";
			String between = english ? "; " : "；";
			w.text(16, t("verification.print.title"));
			w.text(11, t("verification.print.number") + colon + a.number());
			w.y -= 24;
			w.text(11, t("verification.print.enterprise") + colon + enterprise.name());
			w.text(11, t("verification.print.credit-code") + colon + enterprise.creditCode());
			if (a.contact() != null) {
				w.text(11,
						t("verification.print.contact") + colon + a.contact().name() + "    "
								+ t("verification.print.phone") + colon + a.contact().phone() + "    "
								+ t("verification.print.mobile") + colon + a.contact().mobile());
			}
			w.text(11, t("verification.print.submitted") + colon + time.minutes(a.submittedAt()));
			w.y -= 8;
			w.text(12, t("verification.print.items", lines.size()));
			for (ItemLine line : lines) {
				// every field, as on the printed page: the clerk compares each with the
				// originals
				String fields = String.join(between,
						line.fields().stream().map(f -> f.label() + colon + f.value()).toList());
				w.wrapped(10, line.index() + ". " + line.sectionName() + (english ? " (#" : "（#") + line.recordId()
						+ (english ? ")  " : "）  ") + fields + "  " + t("verification.print.scans", line.scanCount()));
				w.text(10,
						"    " + t("verification.column.result") + colon + "□ " + t("verification.decision.PASS")
								+ "    □ " + t("verification.decision.FAIL") + "    " + t("verification.column.reason")
								+ colon + "______________________");
			}
			w.y -= 30;
			w.text(11, t("verification.print.signature") + colon + "____________________    "
					+ t("verification.print.seal") + colon + "____________________");
			w.y -= 20;
			w.text(11, t("verification.print.date") + colon + t("verification.print.date-blank"));
			w.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static TrueTypeCollection collection(File file) throws IOException {
		return new TrueTypeCollection(file);
	}

	private static TrueTypeFont firstFont(TrueTypeCollection ttc, File file) throws IOException {
		AtomicReference<TrueTypeFont> first = new AtomicReference<>();
		ttc.processAllFonts(f -> first.compareAndSet(null, f));
		if (first.get() == null) {
			throw new IOException("no font in " + file);
		}
		return first.get();
	}

	private String t(String key, Object... args) {
		return texts.message(key, args);
	}

	/** Writes lines top-down, starting a new page when one is full. */
	private static final class Writer {

		private final PDDocument doc;

		private final PDFont font;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument doc, PDFont font) throws IOException {
			this.doc = doc;
			this.font = font;
			newPage();
		}

		void text(float size, String text) throws IOException {
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
		 * Breaks long text at the page width, character by character (Chinese has no
		 * spaces).
		 */
		void wrapped(float size, String text) throws IOException {
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

		void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			stream = new PDPageContentStream(doc, page);
			y = PDRectangle.A4.getHeight() - MARGIN - 20;
		}

		void close() throws IOException {
			if (stream != null) {
				stream.close();
				stream = null;
			}
		}

	}

}
