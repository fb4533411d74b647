package com.dossier.attachment.conversion;

/**
 * Paper sizes the user can choose when a source image records no usable resolution: its
 * physical size is then "fits this paper". Sizes in millimetres, long side first; B5 is
 * GB/T 148 (ISO) B5; CARD fits 名片 and 身份证.
 */
public enum Paper {

	A4(297, 210), A5(210, 148), A3(420, 297), B5(250, 176), CARD(90, 54);

	private final double longMm;

	private final double shortMm;

	Paper(double longMm, double shortMm) {
		this.longMm = longMm;
		this.shortMm = shortMm;
	}

	double longMm() {
		return longMm;
	}

	double shortMm() {
		return shortMm;
	}

	public String messageKey() {
		return "paper." + name();
	}

}
