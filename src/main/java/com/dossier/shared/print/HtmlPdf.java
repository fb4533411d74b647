package com.dossier.shared.print;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.dossier.shared.DossierException;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a printed paper's HTML (the same page the browser shows) into PDF, with the CJK
 * font embedded as family {@value #FAMILY}. jsoup parses the HTML5 a template writes; the
 * renderer reads its W3C DOM. Images come inline as data URIs, so nothing is fetched.
 * Without a font the answer is a 503 {@code print.font_missing}: the web page still
 * prints.
 */
@Component
public class HtmlPdf {

	public static final String FAMILY = "dossier-cjk";

	private static final String STYLESHEET = "/css/paper.css";

	private final String configuredFont;

	private volatile Optional<File> font;

	HtmlPdf(@Value("${dossier.print.font:}") String configuredFont) {
		this.configuredFont = configuredFont;
	}

	public byte[] render(String html) {
		File file = font()
			.orElseThrow(() -> new DossierException(HttpStatus.SERVICE_UNAVAILABLE, "print.font_missing"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
			.withProducer("Dossier")
			.withW3cDocument(new W3CDom().fromJsoup(inlined(Jsoup.parse(html))), "about:blank")
			.toStream(out);
		if (!CjkFont.collection(file)) {
			builder.useFont(file, FAMILY);
		}
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			if (CjkFont.collection(file)) {
				renderer.getFontResolver().addFontCollection(file, FAMILY, 400, IdentValue.NORMAL, true);
			}
			renderer.layout();
			renderer.createPDF();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The paper's stylesheet as a style element (the browser loads it from
	 * {@code /css/paper.css}, the CSP forbids inline styles there), and no scripts.
	 */
	private Document inlined(Document doc) {
		doc.select("script").remove();
		doc.select("link[rel=stylesheet][href=" + STYLESHEET + "]").forEach(link -> {
			link.after(new Element("style").appendChild(new DataNode(css())));
			link.remove();
		});
		return doc;
	}

	private String css() {
		try (InputStream in = new ClassPathResource("static" + STYLESHEET).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Looked up once: the search walks font directories. */
	private Optional<File> font() {
		Optional<File> found = font;
		if (found == null) {
			found = CjkFont.find(configuredFont);
			font = found;
		}
		return found;
	}

}
