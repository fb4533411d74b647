package com.dossier.attachment;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

import com.dossier.attachment.image.JpegEncoder;

/**
 * Images the tests make for themselves: scans of a given size, density and metadata, and
 * broken ones.
 */
public final class TestImages {

	private TestImages() {
	}

	/**
	 * A page-like image: white with dark lines of "text" and a frame; {@code noise} makes
	 * it compress badly.
	 */
	public static BufferedImage page(int width, int height, int type, boolean noise) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(20, 30, 120));
		g.drawRect(width / 20, height / 20, width - width / 10, height - height / 10);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, height / 60)));
		for (int y = height / 10; y < height * 9 / 10; y += Math.max(10, height / 40)) {
			g.drawString("Dossier scan line " + y, width / 10, y);
		}
		g.dispose();
		if (noise) {
			Random random = new Random(42);
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					if (type == BufferedImage.TYPE_BYTE_GRAY) {
						int v = random.nextInt(256);
						image.getRaster().setSample(x, y, 0, v);
					}
					else {
						image.setRGB(x, y, random.nextInt() | 0xFF000000);
					}
				}
			}
		}
		return image;
	}

	public static byte[] jpeg(int width, int height, int dpi) {
		return JpegEncoder.encode(page(width, height, BufferedImage.TYPE_INT_RGB, false), 0.8f, dpi);
	}

	public static byte[] jpeg(int width, int height, JpegEncoder.Units units, int density, boolean progressive) {
		return JpegEncoder.encode(page(width, height, BufferedImage.TYPE_INT_RGB, false), 0.8f, units, density, density,
				progressive);
	}

	public static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Inserts an EXIF APP1 segment after SOI with X/YResolution, ResolutionUnit (2 inch,
	 * 3 cm) and, when non-zero, Orientation; {@code dropJfif} removes the JFIF APP0
	 * segment so that EXIF is the only source.
	 */
	public static byte[] withExif(byte[] jpeg, int resolution, int unit, int orientation, boolean dropJfif) {
		byte[] rest = Arrays.copyOfRange(jpeg, 2, jpeg.length);
		if (dropJfif && (rest[0] & 0xFF) == 0xFF && (rest[1] & 0xFF) == 0xE0) {
			int length = ((rest[2] & 0xFF) << 8) | (rest[3] & 0xFF);
			rest = Arrays.copyOfRange(rest, 2 + length, rest.length);
		}
		int entries = orientation > 0 ? 4 : 3;
		int ifdSize = 2 + entries * 12 + 4;
		int dataOffset = 8 + ifdSize;
		ByteBuffer tiff = ByteBuffer.allocate(dataOffset + 16); // big-endian by default
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) entries);
		if (orientation > 0) {
			tiff.putShort((short) 0x0112)
				.putShort((short) 3)
				.putInt(1)
				.putShort((short) orientation)
				.putShort((short) 0);
		}
		tiff.putShort((short) 0x011A).putShort((short) 5).putInt(1).putInt(dataOffset);
		tiff.putShort((short) 0x011B).putShort((short) 5).putInt(1).putInt(dataOffset + 8);
		tiff.putShort((short) 0x0128).putShort((short) 3).putInt(1).putShort((short) unit).putShort((short) 0);
		tiff.putInt(0);
		tiff.putInt(resolution).putInt(1).putInt(resolution).putInt(1);
		byte[] exif = concat("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), tiff.array());
		int length = exif.length + 2;
		byte[] app1 = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		return concat(concat(new byte[] { (byte) 0xFF, (byte) 0xD8 }, app1), rest);
	}

	/**
	 * Rewrites the frame header's dimensions: a tiny valid JPEG that claims to be
	 * {@code width}×{@code height}.
	 */
	public static byte[] claimingSize(byte[] jpeg, int width, int height) {
		byte[] copy = jpeg.clone();
		for (int i = 2; i < copy.length - 9; i++) {
			int m = copy[i + 1] & 0xFF;
			if ((copy[i] & 0xFF) == 0xFF && (m == 0xC0 || m == 0xC2)) {
				copy[i + 5] = (byte) (height >> 8);
				copy[i + 6] = (byte) height;
				copy[i + 7] = (byte) (width >> 8);
				copy[i + 8] = (byte) width;
				return copy;
			}
		}
		throw new IllegalArgumentException("no SOF0/SOF2 marker");
	}

	/**
	 * Appends zero bytes after EOI (which readers ignore) until the file has exactly
	 * {@code size} bytes.
	 */
	public static byte[] paddedTo(byte[] jpeg, int size) {
		return Arrays.copyOf(jpeg, size);
	}

	public static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** A file of src/test/resources/samples. */
	public static byte[] sample(String name) throws java.io.IOException {
		try (java.io.InputStream in = TestImages.class.getResourceAsStream("/samples/" + name)) {
			return in.readAllBytes();
		}
	}

	/**
	 * What a scanner makes of an A4 page at 300 dpi: 2480×3508 pixels with paper grain,
	 * which PNG cannot compress away — about 15 MB (issue 14 #8).
	 */
	public static byte[] a4ScanPng() {
		BufferedImage page = page(2480, 3508, BufferedImage.TYPE_INT_RGB, false);
		Random grain = new Random(14);
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int rgb = page.getRGB(x, y);
				int d = grain.nextInt(64) - 32;
				page.setRGB(x, y, (grained(rgb >> 16, d) << 16) | (grained(rgb >> 8, d) << 8)
						| grained(rgb, grain.nextInt(64) - 32));
			}
		}
		return png(page);
	}

	private static int grained(int channel, int delta) {
		return Math.max(0, Math.min(255, (channel & 0xFF) + delta));
	}

}
