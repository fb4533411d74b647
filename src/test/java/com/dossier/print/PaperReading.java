package com.dossier.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.dossier.support.TestData;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a printed paper back as a reviewer's tools would: the QR code from the rendered
 * page (ZXing), and which fonts the PDF embeds.
 */
public final class PaperReading {

	private PaperReading() {
	}

	/**
	 * The QR code's text on page {@code index}, rendered at 150 dpi as a scan would be.
	 */
	public static String qr(byte[] pdf, int index) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(index, 150);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			var source = new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels);
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
				.getText();
		}
	}

	/** The names of the fonts on every page, and whether each is embedded. */
	public static List<String> embeddedFonts(PDDocument doc) throws IOException {
		List<String> fonts = new ArrayList<>();
		for (PDPage page : doc.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				if (font.isEmbedded()) {
					fonts.add(font.getName());
				}
			}
		}
		return fonts;
	}

	/** The text in reading order: a page number's digits are drawn after its words. */
	public static String text(PDDocument doc) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper.getText(doc);
	}

	public static HttpResponse<byte[]> bytes(int port, String username, String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "zh-CN");
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The path of a scanned verification URL on this test server. */
	public static String path(String url) {
		return URI.create(url).getRawPath();
	}

}
