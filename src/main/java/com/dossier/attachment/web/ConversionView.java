package com.dossier.attachment.web;

import com.dossier.attachment.conversion.ImageConversions;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.shared.Sizes;

/**
 * The converted image as its preview page (attachment/convert.jte) shows it: its
 * measurements, the size in KB as every message writes it ({@link Sizes#kb}).
 */
public record ConversionView(long id, int dpi, String kb, long widthMm, long heightMm, int width, int height) {

	static ConversionView of(ImageConversions.Preview p) {
		ImageFacts f = p.facts();
		return new ConversionView(p.id(), f.dpiX(), Sizes.kb(f.bytes()), f.widthMm(), f.heightMm(), f.width(),
				f.height());
	}
}
