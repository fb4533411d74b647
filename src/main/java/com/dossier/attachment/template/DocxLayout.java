package com.dossier.attachment.template;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * What makes a generated .docx a well-formed Word document rather than text that happens
 * to open: a page size with margins, a style sheet (document defaults with a Chinese
 * font, a title and a heading style), and tables with the {@code w:tblGrid} the schema
 * requires (python-docx and LibreOffice read columns from it), their cells as wide as the
 * grid. Lengths are in twentieths of a point (twips).
 */
final class DocxLayout {

	/** A4 landscape: 297 × 210 mm. */
	static final int PAGE_WIDTH = 16838;

	static final int PAGE_HEIGHT = 11906;

	/** 2 cm on every side. */
	static final int MARGIN = 1134;

	static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	static final String TITLE = "Title";

	static final String HEADING = "Heading1";

	private static final String EAST_ASIAN_FONT = "SimSun";

	private static final String LATIN_FONT = "Times New Roman";

	private DocxLayout() {
	}

	static void landscapeA4(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Defaults of 10.5 pt (五号) in SimSun / Times New Roman, a title and a heading. */
	static void styles(XWPFDocument document, String language) {
		CTStyles sheet = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = sheet.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts());
		run.addNewSz().setVal(BigInteger.valueOf(21));
		run.addNewSzCs().setVal(BigInteger.valueOf(21));
		run.addNewLang().setVal(language);
		run.getLangArray(0).setEastAsia("zh-CN");
		defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(60));
		XWPFStyles styles = document.createStyles();
		styles.setStyles(sheet);
		styles.addStyle(new XWPFStyle(paragraphStyle("Normal", "Normal", 21, false, null), styles));
		styles.addStyle(new XWPFStyle(paragraphStyle(TITLE, "Title", 32, true, STJc.CENTER), styles));
		styles.addStyle(new XWPFStyle(paragraphStyle(HEADING, "heading 1", 24, true, null), styles));
	}

	/**
	 * Gives {@code table} its grid ({@code widths} in twips, one per column), a fixed
	 * layout and cells of the same widths.
	 */
	static void grid(XWPFTable table, List<Integer> widths) {
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		widths.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(widths.stream().mapToInt(Integer::intValue).sum()));
		var properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.size(); c++) {
				row.getCell(c).setWidthType(TableWidthType.DXA);
				row.getCell(c).setWidth(Integer.toString(widths.get(c)));
			}
		}
	}

	private static CTStyle paragraphStyle(String id, String name, int halfPoints, boolean bold, STJc.Enum alignment) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (!"Normal".equals(id)) {
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
		}
		else {
			style.setDefault(true);
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		if (alignment != null) {
			paragraph.addNewJc().setVal(alignment);
		}
		if (bold) {
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
			paragraph.addNewKeepNext();
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
			run.addNewBCs();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		return style;
	}

	private static void fonts(CTFonts fonts) {
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		fonts.setCs(LATIN_FONT);
		fonts.setEastAsia(EAST_ASIAN_FONT);
	}

}
