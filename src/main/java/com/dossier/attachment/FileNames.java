package com.dossier.attachment;

import java.text.Normalizer;

/**
 * The name an uploaded file is shown and downloaded under: its base name only (no directories, either slash),
 * NFC-normalised, without control characters, quotes or characters Windows forbids, at most 120 characters with
 * its extension kept. It is only ever displayed or put in Content-Disposition, never used as a path.
 */
final class FileNames {

	static final int MAX = 120;

	private FileNames() {
	}

	static String safe(String original, String fallback) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"<>:|?*\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			return fallback;
		}
		if (name.length() > MAX) {
			int dot = name.lastIndexOf('.');
			String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX - ext.length()) + ext;
		}
		return name;
	}

	/** The same name with the given extension instead of its own (a converted image becomes .jpg). */
	static String withExtension(String name, String extension) {
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name) + extension;
	}
}
