package com.dossier.shared;

import java.util.Optional;

/** A mainland mobile number: 11 digits starting 13–19. Spaces and dashes people type are dropped. */
public record Mobile(String value) {

	public Mobile {
		value = normalise(value);
		if (!value.matches("1[3-9]\\d{9}")) {
			throw new IllegalArgumentException("not a valid mobile number");
		}
	}

	public static Optional<Mobile> parse(String text) {
		return isValid(text) ? Optional.of(new Mobile(text)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return text != null && normalise(text).matches("1[3-9]\\d{9}");
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("[\\s-]", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
