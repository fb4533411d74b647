package com.dossier.attachment.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.springframework.context.MessageSource;

/**
 * Writes the performance-proof templates as .docx with Apache POI: title, a note on
 * translations, the provider's particulars, a table of projects with the guide's columns
 * and blank rows to fill in, the declaration and the signature and seal lines. Landscape
 * A4, because the project table has eight columns; page, styles and table grids are
 * {@link DocxLayout}'s. Every word comes from the message bundle, so the English template
 * is the same form in English.
 */
public final class ProofTemplateGenerator {

	static final List<String> PROJECT_COLUMNS = List.of("number", "project", "country", "client", "service", "period",
			"amount", "witness");

	static final int BLANK_ROWS = 6;

	/** Label and value, across the text width of the page. */
	static final List<Integer> PROVIDER_WIDTHS = List.of(4000, DocxLayout.TEXT_WIDTH - 4000);

	/**
	 * The project table's columns, widest where people write most; they fill the text
	 * width.
	 */
	static final List<Integer> PROJECT_WIDTHS = List.of(700, 2600, 1600, 2000, 2200, 1600, 1500,
			DocxLayout.TEXT_WIDTH - 12200);

	private final MessageSource messages;

	public ProofTemplateGenerator(MessageSource messages) {
		this.messages = messages;
	}

	public String fileName(ProofTemplate template, Locale locale) {
		return text(template.titleKey(), locale) + ".docx";
	}

	public byte[] docx(ProofTemplate template, Locale locale) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxLayout.styles(document, locale.toLanguageTag());
			paragraph(document, text(template.titleKey(), locale), DocxLayout.TITLE, ParagraphAlignment.CENTER);
			paragraph(document, text("template.proof.note", locale), null, ParagraphAlignment.LEFT);
			paragraph(document, text("template.proof.provider", locale), DocxLayout.HEADING, ParagraphAlignment.LEFT);
			XWPFTable provider = document.createTable(template.providerFields().size(), 2);
			for (int i = 0; i < template.providerFields().size(); i++) {
				String key = "template.proof.field." + template.providerFields().get(i);
				cell(provider.getRow(i), 0, text(key, locale), true);
			}
			DocxLayout.grid(provider, PROVIDER_WIDTHS);
			paragraph(document, text("template.proof.projects", locale), DocxLayout.HEADING, ParagraphAlignment.LEFT);
			XWPFTable projects = document.createTable(1 + BLANK_ROWS, PROJECT_COLUMNS.size());
			for (int c = 0; c < PROJECT_COLUMNS.size(); c++) {
				cell(projects.getRow(0), c, text("template.proof.column." + PROJECT_COLUMNS.get(c), locale), true);
			}
			for (int r = 1; r <= BLANK_ROWS; r++) {
				cell(projects.getRow(r), 0, Integer.toString(r), false);
			}
			projects.getRow(0).setRepeatHeader(true);
			DocxLayout.grid(projects, PROJECT_WIDTHS);
			paragraph(document, text("template.proof.declaration", locale), null, ParagraphAlignment.LEFT);
			for (String line : template.signatureLines()) {
				paragraph(document, text("template.proof.sign." + line, locale), null, ParagraphAlignment.RIGHT);
			}
			// The section properties close the body: after every paragraph and table.
			DocxLayout.landscapeA4(document);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void paragraph(XWPFDocument document, String text, String style, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		paragraph.setAlignment(alignment);
		paragraph.createRun().setText(text);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFRun run = row.getCell(column).getParagraphs().get(0).createRun();
		run.setText(text);
		run.setBold(bold);
	}

}
