package com.dossier.shared;

import java.util.Locale;

/**
 * File sizes as people read them in messages: KB, grouped, one decimal unless whole
 * ("15,309.2", "10,240").
 */
public final class Sizes {

	private Sizes() {
	}

	public static String kb(long bytes) {
		double kb = bytes / 1024.0;
		return String.format(Locale.ROOT, kb == Math.rint(kb) ? "%,.0f" : "%,.1f", kb);
	}

}
