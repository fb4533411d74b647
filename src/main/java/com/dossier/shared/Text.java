package com.dossier.shared;

/**
 * What free text from users may hold. A NUL, another control character or half of a
 * surrogate pair is never typed by a person; stored, it breaks exports (Excel writes
 * "?"), printing and other readers, so such text is refused. And a value made only of
 * spaces, zero-width characters or byte-order marks is as empty as no value.
 */
public final class Text {

	private Text() {
	}

	/**
	 * True when {@code s} holds a character that no person types: controls other than tab
	 * and line breaks, a lone surrogate, or a non-character.
	 */
	public static boolean hasForbiddenCharacters(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
					i++;
					continue;
				}
				return true;
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return true;
			}
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * {@code s} without the blanks around it, counting zero-width characters, BOMs and
	 * no-break spaces as blank.
	 */
	public static String strip(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && isBlank(s.charAt(from))) {
			from++;
		}
		while (to > from && isBlank(s.charAt(to - 1))) {
			to--;
		}
		return s.substring(from, to);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
				|| c == '\u2060' || c == '\uFEFF';
	}

}
