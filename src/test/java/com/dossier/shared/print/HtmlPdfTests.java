package com.dossier.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

import com.dossier.shared.DossierException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/**
 * The HTML-to-PDF path with either kind of font file: a single {@code .ttf} (the hosts
 * where the hand-drawn form failed with a 500) and a {@code .ttc} collection; and a clear
 * 503 when there is none.
 */
class HtmlPdfTests {

	private static final String PAGE = """
			<!DOCTYPE html><html><head><link rel="stylesheet" href="/css/paper.css"></head><body>
			<div class="page-footer">第 <span class="page-n"></span> 页 共 <span class="page-m"></span> 页</div>
			<h1>原件校对申请表</h1><p>上海示范建设工程有限公司</p><script>alert(1)</script></body></html>""";

	@Test
	void aTtfOnlyHostPrintsChineseInTheEmbeddedFont() throws Exception {
		File ttf = new File("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
		assumeTrue(ttf.canRead(), "fonts-droid-fallback is not installed here");
		assertPrints(new HtmlPdf(ttf.getPath()).render(PAGE), "droid");
	}

	@Test
	void aCollectionPrintsToo() throws Exception {
		File ttc = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
		assumeTrue(ttc.canRead(), "fonts-wqy-zenhei is not installed here");
		assertPrints(new HtmlPdf(ttc.getPath()).render(PAGE), "wenquanyi");
	}

	@Test
	void withoutAFontThePdfIsRefusedWith503() {
		assertThatThrownBy(() -> new HtmlPdf("/no/such/font.ttf").render(PAGE))
			.isInstanceOfSatisfying(DossierException.class,
					e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE))
			.hasMessage("print.font_missing");
		assertThat(CjkFont.find("/etc/hostname")).as("not a font file").isEmpty();
	}

	/** In reading order: the page number's digits are drawn after its words. */
	private static String text(PDDocument doc) throws java.io.IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper.getText(doc);
	}

	private static void assertPrints(byte[] pdf, String fontName) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			String text = text(doc).replaceAll("\\s+", "");
			assertThat(text).contains("原件校对申请表", "上海示范建设工程有限公司", "第1页共1页").doesNotContain("alert");
			var resources = doc.getPage(0).getResources();
			boolean cjkEmbedded = false;
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				if (font.getName().toLowerCase().contains(fontName)) {
					cjkEmbedded |= font.isEmbedded();
				}
				else {
					// Droid Sans Fallback has no Latin digits: those fall back to a
					// standard
					// font every reader has
					assertThat(font.isStandard14()).as(font.getName()).isTrue();
				}
			}
			assertThat(cjkEmbedded).as("the CJK font is embedded").isTrue();
		}
	}

}
