package com.dossier.attachment.image;

/**
 * What the inspection of an accepted JPEG measured, shown to the user and the clerk ("96
 * dpi, 210×297 mm"). {@code colour} is GRAY, RGB or CMYK (from the number of components);
 * {@code dpiSource} is JFIF or EXIF.
 */
public record ImageFacts(long bytes, int width, int height, int dpiX, int dpiY, String dpiSource, boolean progressive,
		String colour, long widthMm, long heightMm) {
}
