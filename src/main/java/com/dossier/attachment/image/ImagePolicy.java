package com.dossier.attachment.image;

import com.dossier.attachment.inspection.Notice;

/**
 * The numbers of the guide's IMAGE rule (附件要求: 分辨率 72dpi~100dpi, 比例 1:1, 类型 JPG、JPEG, 大小
 * 小于300KB) and of our own guards, in one place so that the inspector, the converter and
 * the messages agree.
 */
public final class ImagePolicy {

	public static final int MAX_BYTES = 307_200;

	static final int MIN_DPI = 72;

	static final int MAX_DPI = 100;

	/**
	 * Decompression-bomb guard: a 300 KB JPEG claiming more pixels than this is refused
	 * before decoding.
	 */
	public static final long MAX_PIXELS = 40_000_000L;

	public static final double MM_PER_INCH = 25.4;

	/** A3 (297×420 mm) plus a 10% margin for scanner beds and borders. */
	static final double MAX_LONG_MM = 420 * 1.1;

	static final double MAX_SHORT_MM = 297 * 1.1;

	/**
	 * The largest pixel dimensions a conforming scan can have: A3 plus margin at the
	 * finest allowed resolution (100 dpi), 1819×1287. Beyond them the image is larger
	 * than A3 at every dpi the rule allows — not a scan at 1:1 but a photo or a lie in
	 * the frame header — and a clerk's browser would have to decode it: refused (图片自动调整
	 * can still turn a photo into a conforming scan).
	 */
	static final int MAX_LONG_PX = (int) Math.ceil(MAX_LONG_MM / MM_PER_INCH * MAX_DPI);

	static final int MAX_SHORT_PX = (int) Math.ceil(MAX_SHORT_MM / MM_PER_INCH * MAX_DPI);

	/**
	 * A business card / ID card (85.6×54 mm) less 10%, so that a tightly cropped 身份证 scan
	 * at 1:1 passes without a warning and a thumbnail does not.
	 */
	static final double MIN_LONG_MM = 85.6 * 0.9;

	static final double MIN_SHORT_MM = 54 * 0.9;

	private ImagePolicy() {
	}

	public static boolean dpiInRange(int dpi) {
		return dpi >= MIN_DPI && dpi <= MAX_DPI;
	}

	static boolean dimensionsAllowed(int width, int height) {
		return Math.max(width, height) <= MAX_LONG_PX && Math.min(width, height) <= MAX_SHORT_PX;
	}

	public static double mm(int pixels, double dpi) {
		return pixels / dpi * MM_PER_INCH;
	}

	/**
	 * The warning for a physical size that is not a plausible document scanned at 1:1, or
	 * {@code null}.
	 */
	public static Notice physicalSizeWarning(double widthMm, double heightMm) {
		double longSide = Math.max(widthMm, heightMm);
		double shortSide = Math.min(widthMm, heightMm);
		long w = Math.round(widthMm);
		long h = Math.round(heightMm);
		if (longSide > MAX_LONG_MM || shortSide > MAX_SHORT_MM) {
			return Notice.of("image.larger_than_a3", w, h);
		}
		if (longSide < MIN_LONG_MM || shortSide < MIN_SHORT_MM) {
			return Notice.of("image.smaller_than_card", w, h);
		}
		return null;
	}

}
