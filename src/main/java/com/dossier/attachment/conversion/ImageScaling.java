package com.dossier.attachment.conversion;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

import com.twelvemonkeys.image.ResampleOp;

/**
 * Resampling and EXIF orientation for the converter. Resampling is TwelveMonkeys' Lanczos
 * filter ({@link ResampleOp}), which keeps small print legible where bilinear steps blur
 * or alias it; transparency is flattened on white, because a scan has no alpha and JPEG
 * cannot carry one.
 */
final class ImageScaling {

	private ImageScaling() {
	}

	/**
	 * The image at {@code width}×{@code height} in {@code type} (gray or RGB), on white.
	 */
	static BufferedImage resize(BufferedImage source, int width, int height, int type) {
		BufferedImage scaled = source.getWidth() == width && source.getHeight() == height ? source
				: new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(source, null);
		return draw(scaled, width, height, type);
	}

	/**
	 * Applies an EXIF orientation (1–8) so that the pixels stand the way the camera's
	 * user saw them.
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirror horizontally
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // rotate 180
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirror vertically
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transpose
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90 clockwise
			case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transverse
			case 8 -> t.setTransform(0, -1, 1, 0, 0, w); // rotate 90 counter-clockwise
			default -> {
				return image;
			}
		}
		boolean swap = orientation >= 5;
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
		Graphics2D g = out.createGraphics();
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
		BufferedImage out = new BufferedImage(width, height, type);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.drawImage(source, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

}
