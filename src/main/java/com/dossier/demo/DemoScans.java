package com.dossier.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Scans for the demo records: an A4 page at 72 dpi (595×842 pixels, exactly A4 at 1:1)
 * that says 演示扫描件 and what it stands for, a JPEG of a few dozen KB that passes the IMAGE
 * policy; for PDF kinds, such pages in a PDF (a "scanned" document without a text layer).
 * Text uses a font with Chinese glyphs when the system has one; lines it cannot show fall
 * back to English, and without any usable font the page is still plainly a demo (frame
 * and band).
 */
public final class DemoScans {

	public static final int DPI = 72;

	public static final int WIDTH = 595;

	public static final int HEIGHT = 842;

	private static final String PROBE = "演示扫描件";

	private static final Color RED = new Color(200, 40, 40);

	private static final Font FONT = font();

	/**
	 * One line of text: as shown when the font has the glyphs, else its fallback (ASCII).
	 */
	public record Line(String text, String fallback, float size) {
	}

	private DemoScans() {
	}

	public static byte[] jpeg(List<Line> lines) {
		return jpeg(page(lines));
	}

	/**
	 * Baseline JPEG whose JFIF header says {@link #DPI} dots per inch, as a scanner
	 * writes it.
	 */
	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.75f);
			IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
			String format = metadata.getNativeMetadataFormatName();
			IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(format);
			IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
			jfif.setAttribute("resUnits", "1");
			jfif.setAttribute("Xdensity", Integer.toString(DPI));
			jfif.setAttribute("Ydensity", Integer.toString(DPI));
			metadata.setFromTree(format, tree);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
			out.flush();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
	}

	/** A PDF of one scanned page per element of {@code pages}. */
	public static byte[] pdf(List<List<Line>> pages) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<Line> lines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg(lines));
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static BufferedImage page(List<Line> lines) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			decorate(g);
			text(g, lines);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * Frame, a diagonal red band and grey "printed lines": recognisable as a demo even
	 * without text.
	 */
	private static void decorate(Graphics2D g) {
		g.setClip(24, 24, WIDTH - 48, HEIGHT - 48);
		AffineTransform saved = g.getTransform();
		g.rotate(-Math.PI / 6, WIDTH / 2.0, HEIGHT / 2.0);
		g.setColor(new Color(250, 220, 220));
		g.fillRect(-200, HEIGHT / 2 - 40, WIDTH + 400, 80);
		g.setTransform(saved);
		g.setClip(null);
		g.setColor(new Color(225, 225, 225));
		for (int y = 380; y < HEIGHT - 80; y += 22) {
			g.fillRect(60, y, WIDTH - 120 - (y * 7 % 90), 8);
		}
		g.setColor(Color.GRAY);
		g.setStroke(new BasicStroke(2f));
		g.drawRect(24, 24, WIDTH - 48, HEIGHT - 48);
	}

	private static void text(Graphics2D g, List<Line> lines) {
		if (FONT == null) {
			return;
		}
		try {
			int y = 110;
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				Font font = FONT.deriveFont(i == 0 ? Font.BOLD : Font.PLAIN, line.size());
				String shown = font.canDisplayUpTo(line.text()) < 0 ? line.text() : line.fallback();
				g.setFont(font);
				g.setColor(i == 0 ? RED : Color.DARK_GRAY);
				FontMetrics metrics = g.getFontMetrics();
				g.drawString(shown, Math.max(40, (WIDTH - metrics.stringWidth(shown)) / 2), y);
				y += metrics.getHeight() + (i == 0 ? 24 : 10);
			}
		}
		catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
			// A JDK without usable fonts (no fontconfig): the page stays a frame and a
			// band, which is demo enough.
		}
	}

	/**
	 * The logical sans-serif font when it reaches Chinese glyphs (on Linux it falls back
	 * to any installed CJK font through fontconfig), else the first installed font that
	 * has them, else the logical font for English text; null when the JDK cannot load
	 * fonts at all.
	 */
	private static Font font() {
		try {
			Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
			if (logical.canDisplayUpTo(PROBE) < 0) {
				return logical;
			}
			for (Font f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
				if (f.canDisplayUpTo(PROBE) < 0) {
					return f;
				}
			}
			return logical;
		}
		catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
			return null;
		}
	}

}
