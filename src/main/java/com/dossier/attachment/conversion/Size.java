package com.dossier.attachment.conversion;

import java.util.Optional;

import com.dossier.attachment.image.ImagePolicy;
import com.dossier.attachment.image.Resolution;

/**
 * The physical size a converted image will have, in the source's pixel axes: the size its
 * own resolution gives when that is a plausible document, otherwise the source fitted
 * into the chosen paper ({@code paper} then says which). A phone photo tagged 72 dpi
 * would otherwise become a 1.4-metre "scan".
 */
public record Size(double widthMm, double heightMm, Paper paper) {

	static Size of(int width, int height, Optional<Resolution> resolution, Paper paper) {
		if (resolution.isPresent()) {
			double w = ImagePolicy.mm(width, resolution.get().x());
			double h = ImagePolicy.mm(height, resolution.get().y());
			if (ImagePolicy.physicalSizeWarning(w, h) == null) {
				return new Size(w, h, null);
			}
		}
		double mmPerPixel = width >= height ? Math.min(paper.longMm() / width, paper.shortMm() / height)
				: Math.min(paper.shortMm() / width, paper.longMm() / height);
		return new Size(width * mmPerPixel, height * mmPerPixel, paper);
	}

	/** Pixels per axis at a given dpi, at least one. */
	int[] pixelsAt(int dpi) {
		return new int[] { pixels(widthMm, dpi), pixels(heightMm, dpi) };
	}

	private static int pixels(double mm, int dpi) {
		return (int) Math.max(1, Math.round(mm / ImagePolicy.MM_PER_INCH * dpi));
	}
}
