package com.dossier.attachment.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import com.dossier.attachment.image.JpegEncoder;

/**
 * Generated scans: lines of Chinese text drawn with a CJK font (WenQuanYi Zen Hei, as CI
 * installs) on an A5 page at 96 dpi, then spoilt like a real scan — speckle noise, a
 * slight rotation, JPEG artefacts — and stored as a JPEG the IMAGE policy accepts.
 */
public final class TestScans {

	public static final int DPI = 96;

	/** A5 at 96 dpi: 148 × 210 mm. */
	static final int WIDTH = 559;

	static final int HEIGHT = 794;

	private TestScans() {
	}

	/** How badly the scan is spoilt. */
	public record Spoil(double noise, double degrees, float quality) {

		public static final Spoil CLEAN = new Spoil(0.002, 0.3, 0.85f);

	}

	public static byte[] jpeg(List<String> lines, Spoil spoil, long seed) {
		return JpegEncoder.encode(page(lines, spoil, seed), spoil.quality(), DPI);
	}

	/**
	 * The same scan with {@code mark} as faint dots in the bottom corner, far from the
	 * text: bytes never read before (a scan read once is not read again), the same text.
	 */
	public static byte[] jpeg(List<String> lines, Spoil spoil, long seed, long mark) {
		BufferedImage image = page(lines, spoil, seed);
		for (int bit = 0; bit < 48; bit++) {
			int v = ((mark >>> bit) & 1) == 1 ? 200 : 235;
			int x = WIDTH - 100 + (bit % 24) * 3;
			int y = HEIGHT - 12 + (bit / 24) * 3;
			image.setRGB(x, y, new Color(v, v, v).getRGB());
			image.setRGB(x + 1, y, new Color(v, v, v).getRGB());
		}
		return JpegEncoder.encode(image, spoil.quality(), DPI);
	}

	static BufferedImage page(List<String> lines, Spoil spoil, long seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(spoil.degrees()), WIDTH / 2.0, HEIGHT / 2.0));
		g.setColor(new Color(25, 25, 35));
		g.setFont(new Font("WenQuanYi Zen Hei", Font.PLAIN, 20));
		int y = 70;
		for (String line : lines) {
			g.drawString(line, 40, y);
			y += 38;
		}
		g.dispose();
		int specks = (int) (WIDTH * HEIGHT * spoil.noise());
		for (int i = 0; i < specks; i++) {
			int v = random.nextInt(160);
			image.setRGB(random.nextInt(WIDTH), random.nextInt(HEIGHT), new Color(v, v, v).getRGB());
		}
		return image;
	}

}
