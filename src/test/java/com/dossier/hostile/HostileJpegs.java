package com.dossier.hostile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of {@link HostileFileTests}: honest scans as Java writes them, and the same
 * bytes tampered with.
 */
final class HostileJpegs {

	private HostileJpegs() {
	}

	/** A 96 dpi page scan as Java's ImageIO writes it (JFIF APP0, nothing else). */
	static byte[] scan(int width, int height) {
		return jpeg(page(width, height), 96);
	}

	static BufferedImage page(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		for (int y = height / 10; y < height * 9 / 10; y += 24) {
			g.fillRect(width / 10, y, width * 7 / 10 - (y % 97), 6);
		}
		g.dispose();
		return image;
	}

	static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(page(width, height), "png", out);
		return out.toByteArray();
	}

	/** Baseline JPEG with JFIF density in dots per inch, written by the JDK's encoder. */
	static byte[] jpeg(BufferedImage image, int dpi) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpeg", out);
			byte[] b = out.toByteArray();
			// JFIF APP0 right after SOI: units at offset 13, X/Y density at 14 and 16.
			assertThat(new String(b, 6, 4, StandardCharsets.US_ASCII)).isEqualTo("JFIF");
			b[13] = 1;
			b[14] = (byte) (dpi >> 8);
			b[15] = (byte) dpi;
			b[16] = (byte) (dpi >> 8);
			b[17] = (byte) dpi;
			return b;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] withComment(byte[] jpeg, byte[] comment) {
		int length = comment.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length }, comment);
		return concat(concat(Arrays.copyOf(jpeg, 2), segment), Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** The frame header (SOF0) rewritten to claim another size over the same data. */
	static byte[] claimingSize(byte[] jpeg, int width, int height) {
		byte[] copy = jpeg.clone();
		for (int i = 2; i < copy.length - 9; i++) {
			if ((copy[i] & 0xFF) == 0xFF && (copy[i + 1] & 0xFF) == 0xC0) {
				copy[i + 5] = (byte) (height >> 8);
				copy[i + 6] = (byte) height;
				copy[i + 7] = (byte) (width >> 8);
				copy[i + 8] = (byte) width;
				return copy;
			}
		}
		throw new IllegalArgumentException("no SOF0");
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = HostileJpegs.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

}
