package com.dossier.shared;

import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits starting 1[3-9]. */
public final class Mobile {

	private static final Pattern PATTERN = Pattern.compile("1[3-9]\\d{9}");

	private Mobile() {
	}

	public static boolean isValid(String value) {
		return value != null && PATTERN.matcher(value).matches();
	}

}
