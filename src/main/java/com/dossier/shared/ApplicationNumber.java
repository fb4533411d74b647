package com.dossier.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * 申请编号: a letter for the kind of application ({@code W} 原件校对, {@code Z} 资质申请) + yyyyMMdd
 * + the 5-digit sequence of that day, e.g. W2026112400001.
 */
public record ApplicationNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("[WZ]\\d{13}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public ApplicationNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not an application number: " + value);
		}
	}

	public static ApplicationNumber of(LocalDate day, int sequence) {
		return of('W', day, sequence);
	}

	public static ApplicationNumber of(char prefix, LocalDate day, int sequence) {
		if (sequence < 1 || sequence > 99_999) {
			throw new IllegalArgumentException("daily sequence out of range: " + sequence);
		}
		return new ApplicationNumber(prefix + DAY.format(day) + String.format("%05d", sequence));
	}

	public static boolean isValid(String value) {
		if (value == null || !SHAPE.matcher(value).matches() || value.endsWith("00000")) {
			return false;
		}
		try {
			LocalDate.parse(value.substring(1, 9), DAY);
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	public char prefix() {
		return value.charAt(0);
	}

	public LocalDate day() {
		return LocalDate.parse(value.substring(1, 9), DAY);
	}

	public int sequence() {
		return Integer.parseInt(value.substring(9));
	}

	@Override
	public String toString() {
		return value;
	}
}
