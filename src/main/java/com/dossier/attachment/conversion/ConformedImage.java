package com.dossier.attachment.conversion;

import java.util.List;

import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.inspection.Notice;

/**
 * The result of 图片自动调整: a JPEG that passed the IMAGE policy, what it measures, and what
 * the user must see before accepting it (preview, dpi, size, any warning).
 * {@code quality} is the JPEG quality in percent that the search settled on;
 * {@code paperUsed} is the paper the size was fitted to, or {@code null} when the
 * source's own resolution was kept.
 */
public record ConformedImage(byte[] jpeg, ImageFacts facts, int quality, Paper paperUsed, List<Notice> warnings) {

	public ConformedImage {
		warnings = List.copyOf(warnings);
	}
}
