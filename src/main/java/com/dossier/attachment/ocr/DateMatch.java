package com.dossier.attachment.ocr;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in recognised text whichever way it is printed: 2024-05-01, 2024年5月1日,
 * 2024.5.1, 2024/05/01 (white space anywhere ignored, full-width digits folded, a point
 * misread as a colon or semicolon taken for what it was). A year month (社保缴纳年月) matches
 * 2024年5月 or 2024-05; a year matches four digits not part of a longer number.
 */
final class DateMatch {

	private static final Pattern DAY = Pattern
		.compile("(?<!\\d)(\\d{4})\\s*[-./:;年]\\s*(\\d{1,2})\\s*[-./:;月]\\s*(\\d{1,2})(?!\\d)");

	private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{4})\\s*[-./:;年]\\s*(\\d{1,2})(?!\\d)");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	private DateMatch() {
	}

	static boolean date(String isoDate, String text) {
		LocalDate wanted = LocalDate.parse(isoDate);
		Matcher m = DAY.matcher(normalize(text));
		while (m.find()) {
			try {
				if (LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).equals(wanted)) {
					return true;
				}
			}
			catch (DateTimeException e) {
				// 2024-13-40 in the text is no date; look further
			}
		}
		return false;
	}

	static boolean yearMonth(String isoYearMonth, String text) {
		YearMonth wanted = YearMonth.parse(isoYearMonth);
		Matcher m = MONTH.matcher(normalize(text));
		while (m.find()) {
			if (num(m, 1) == wanted.getYear() && num(m, 2) == wanted.getMonthValue()) {
				return true;
			}
		}
		return false;
	}

	static boolean year(String year, String text) {
		Matcher m = YEAR.matcher(normalize(text));
		while (m.find()) {
			if (m.group(1).equals(year.strip())) {
				return true;
			}
		}
		return false;
	}

	private static int num(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	private static String normalize(String text) {
		return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
	}

}
