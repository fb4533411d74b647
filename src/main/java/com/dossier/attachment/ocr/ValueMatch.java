package com.dossier.attachment.ocr;

import java.util.regex.Pattern;

import com.dossier.handbook.FieldType;

/**
 * Whether recognised text shows an entered value, with the normalisation its field type
 * needs. A text field whose value looks like a code (letters and digits with a digit:
 * QTZ80, 商外资京字[2003]0001 is not) is matched as a code; other text as a name.
 */
public final class ValueMatch {

	private static final Pattern CODE_LIKE = Pattern.compile("(?=.*\\d)[A-Za-z0-9\\-/]{2,}");

	private ValueMatch() {
	}

	public static boolean found(FieldType type, String value, String text) {
		if (value == null || value.isBlank() || text == null) {
			return false;
		}
		return switch (type) {
			case CREDIT_CODE -> CodeMatch.found(value, text, CodeMatch.Alphabet.CREDIT_CODE);
			case ID_NUMBER -> CodeMatch.found(value, text, CodeMatch.Alphabet.ID_NUMBER);
			case DATE -> DateMatch.date(value, text);
			case YEAR_MONTH -> DateMatch.yearMonth(value, text);
			case YEAR -> DateMatch.year(value, text);
			case MONEY -> AmountMatch.found(value, text, true);
			case DECIMAL, INTEGER -> AmountMatch.found(value, text, false);
			default -> CODE_LIKE.matcher(CodeMatch.compact(value)).matches()
					? CodeMatch.found(value, text, CodeMatch.Alphabet.GENERIC) : NameMatch.found(value, text);
		};
	}

}
