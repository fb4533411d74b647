package com.dossier.shared;

import java.util.Optional;

/** A mainland postcode: six digits, the first never 0 (no province uses it). */
public record Postcode(String value) {

	public Postcode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a valid postcode");
		}
		value = value.trim();
	}

	public static Optional<Postcode> parse(String text) {
		return isValid(text) ? Optional.of(new Postcode(text)) : Optional.empty();
	}

	public static boolean isValid(String text) {
		return text != null && text.trim().matches("[1-9]\\d{5}");
	}

	@Override
	public String toString() {
		return value;
	}
}
