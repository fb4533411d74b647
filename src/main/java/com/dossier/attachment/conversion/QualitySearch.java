package com.dossier.attachment.conversion;

import java.awt.image.BufferedImage;

import com.dossier.attachment.image.JpegEncoder;

/**
 * Binary search over JPEG quality for the best quality whose file is still under the
 * limit: at most two probes at the ends and about six in between, since file size grows
 * (almost) monotonically with quality.
 */
final class QualitySearch {

	/**
	 * {@code jpeg} is null when even the lowest quality is too large;
	 * {@code smallestSize} then says by how much.
	 */
	record Result(byte[] jpeg, int quality, long smallestSize) {
	}

	private QualitySearch() {
	}

	static Result best(BufferedImage image, int dpi, int minQuality, int maxQuality, int limit) {
		byte[] top = JpegEncoder.encode(image, maxQuality / 100f, dpi);
		if (top.length < limit) {
			return new Result(top, maxQuality, top.length);
		}
		byte[] best = JpegEncoder.encode(image, minQuality / 100f, dpi);
		if (best.length >= limit) {
			return new Result(null, 0, best.length);
		}
		int fits = minQuality;
		int tooLarge = maxQuality;
		while (tooLarge - fits > 1) {
			int mid = (fits + tooLarge) >>> 1;
			byte[] candidate = JpegEncoder.encode(image, mid / 100f, dpi);
			if (candidate.length < limit) {
				fits = mid;
				best = candidate;
			}
			else {
				tooLarge = mid;
			}
		}
		return new Result(best, fits, best.length);
	}

}
