package com.dossier.attachment.ocr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a number in recognised text; an amount entered in 万元 in recognised text: printed
 * in 万元 (1234.5 or 1,234.50, with 万元 or 万 after it or not) or in 元 (12,345,000.00), to
 * the precision printed. A number that is part of a longer one (a date, a code) does not
 * count.
 */
final class AmountMatch {

	private static final Pattern NUMBER = Pattern
		.compile("(?<!\\d)(?<!\\d[.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\d])");

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private AmountMatch() {
	}

	static boolean found(String entered, String text, boolean tenThousands) {
		BigDecimal wanted = new BigDecimal(entered.strip());
		String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
			.replaceAll("(?<=\\d[.,:;])\\s+|\\s+(?=[.,:;]\\d)", "")
			// Tesseract reads a point or a comma between digits as a colon or a
			// semicolon:
			// before three digits it was the thousands comma, otherwise the decimal point
			.replaceAll("(?<=\\d)[:;](?=\\d{3}(?!\\d))", ",")
			.replaceAll("(?<=\\d)[:;](?=\\d)", ".");
		Matcher m = NUMBER.matcher(t);
		while (m.find()) {
			BigDecimal printed = new BigDecimal(
					m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
			if (same(printed, wanted) || (tenThousands && same(printed, wanted.multiply(TEN_THOUSAND)))) {
				return true;
			}
		}
		return false;
	}

	/** Equal once the entered value is rounded to the printed precision. */
	private static boolean same(BigDecimal printed, BigDecimal wanted) {
		int scale = Math.max(printed.scale(), 0);
		return wanted.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0
				&& (wanted.signum() == 0 || printed.signum() != 0);
	}

}
