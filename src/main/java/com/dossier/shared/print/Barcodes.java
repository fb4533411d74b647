package com.dossier.shared.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/**
 * The application number as Code 128, which every window scanner reads and types back
 * with Enter.
 */
public final class Barcodes {

	private static final int HEIGHT = 60;

	private Barcodes() {
	}

	public static BitMatrix code128(String text) {
		return new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, HEIGHT, Map.of(EncodeHintType.MARGIN, 10));
	}

	public static BufferedImage image(String text, int moduleWidth) {
		BitMatrix m = code128(text);
		BufferedImage image = new BufferedImage(m.getWidth() * moduleWidth, m.getHeight(),
				BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				image.setRGB(x, y, m.get(x / moduleWidth, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		return image;
	}

	public static byte[] png(String text) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image(text, 2), "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
