package com.dossier.registry;

/**
 * An identity number as lists and pages show it: {@code 310105********1234} (the first
 * six and the last four characters); the whole number only on the person's own detail.
 */
final class IdMask {

	private IdMask() {
	}

	static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return number;
		}
		if (number.length() < 10) {
			return number.charAt(0) + "*".repeat(number.length() - 1);
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}

}
