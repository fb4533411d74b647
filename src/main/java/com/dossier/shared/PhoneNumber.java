package com.dossier.shared;

import java.util.regex.Pattern;

/**
 * A landline as people write it: digits with dashes or spaces, an optional leading +, an
 * optional extension ("021-6012 3456 转 801", "021-60123456-801", "+86 21 60123456 ext.
 * 801"). 7 to 20 digits in all.
 */
public final class PhoneNumber {

	private static final Pattern PATTERN = Pattern.compile("\\+?\\d[\\d -]{5,22}\\d(\\s*(转|ext\\.?|x|-)\\s*\\d{1,6})?",
			Pattern.CASE_INSENSITIVE);

	private PhoneNumber() {
	}

	public static boolean isValid(String value) {
		if (value == null || value.length() > 30 || !PATTERN.matcher(value).matches()) {
			return false;
		}
		long digits = value.chars().filter(Character::isDigit).count();
		return digits >= 7 && digits <= 20;
	}

}
