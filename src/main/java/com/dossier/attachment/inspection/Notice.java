package com.dossier.attachment.inspection;

import java.util.Arrays;
import java.util.List;

/**
 * A finding about a file: a stable {@code code} and the measured values that fill its
 * message. Refusals are translated with the key {@code error.<code>}, warnings with
 * {@code warning.<code>}.
 */
public record Notice(String code, List<Object> args) {

	public Notice {
		args = List.copyOf(args);
	}

	public static Notice of(String code, Object... args) {
		return new Notice(code, Arrays.asList(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}
}
