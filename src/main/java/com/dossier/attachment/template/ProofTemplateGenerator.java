package com.dossier.attachment.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.context.MessageSource;

/**
 * Writes the performance-proof templates as .docx with Apache POI: title, a note on
 * translations, the provider's particulars, a table of projects with the guide's columns
 * and blank rows to fill in, the declaration and the signature and seal lines. Landscape
 * A4, because the project table has eight columns. Every word comes from the message
 * bundle, so the English template is the same form in English.
 */
public final class ProofTemplateGenerator {

	static final List<String> PROJECT_COLUMNS = List.of("number", "project", "country", "client", "service", "period",
			"amount", "witness");

	static final int BLANK_ROWS = 6;

	private static final String EAST_ASIAN_FONT = "SimSun";

	private final MessageSource messages;

	public ProofTemplateGenerator(MessageSource messages) {
		this.messages = messages;
	}

	public String fileName(ProofTemplate template, Locale locale) {
		return text(template.titleKey(), locale) + ".docx";
	}

	public byte[] docx(ProofTemplate template, Locale locale) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			landscapeA4(document);
			paragraph(document, text(template.titleKey(), locale), 16, true, ParagraphAlignment.CENTER);
			paragraph(document, text("template.proof.note", locale), 9, false, ParagraphAlignment.LEFT);
			paragraph(document, text("template.proof.provider", locale), 12, true, ParagraphAlignment.LEFT);
			XWPFTable provider = document.createTable(template.providerFields().size(), 2);
			provider.setWidth("100%");
			for (int i = 0; i < template.providerFields().size(); i++) {
				String key = "template.proof.field." + template.providerFields().get(i);
				cell(provider.getRow(i), 0, text(key, locale), true);
			}
			paragraph(document, text("template.proof.projects", locale), 12, true, ParagraphAlignment.LEFT);
			XWPFTable projects = document.createTable(1 + BLANK_ROWS, PROJECT_COLUMNS.size());
			projects.setWidth("100%");
			for (int c = 0; c < PROJECT_COLUMNS.size(); c++) {
				cell(projects.getRow(0), c, text("template.proof.column." + PROJECT_COLUMNS.get(c), locale), true);
			}
			for (int r = 1; r <= BLANK_ROWS; r++) {
				cell(projects.getRow(r), 0, Integer.toString(r), false);
			}
			paragraph(document, text("template.proof.declaration", locale), 11, false, ParagraphAlignment.LEFT);
			for (String line : template.signatureLines()) {
				paragraph(document, text("template.proof.sign." + line, locale), 11, false, ParagraphAlignment.RIGHT);
			}
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

	private static void paragraph(XWPFDocument document, String text, int size, boolean bold,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(120);
		run(paragraph, text, size, bold);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		run(paragraph, text, 10, bold);
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
	}

	private static void landscapeA4(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838)); // 297 mm in twentieths of a point
		size.setH(BigInteger.valueOf(11906)); // 210 mm
	}

}
