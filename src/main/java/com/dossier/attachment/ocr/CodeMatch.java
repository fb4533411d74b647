package com.dossier.attachment.ocr;

import java.text.Normalizer;

/**
 * Finds a code (credit code, ID number, certificate number, model) in recognised text.
 * Both sides are read in the code's alphabet: full-width forms folded (NFKC), case
 * ignored, and the letters OCR takes for digits mapped to them where the alphabet has no
 * such letter (GB 32100 credit codes never contain I, O, Z, S or V; an ID number is
 * digits and X). White space inside the code is ignored — Tesseract splits long numbers —
 * but a found code must not run on into further code characters. A code of
 * {@link #SLIP_MIN_LENGTH} or more characters may have one misread character inside;
 * never at either end, since another code differing only in its check character (the
 * last) or its first is another entity's.
 */
final class CodeMatch {

	/** Which letters stand for digits. */
	enum Alphabet {

		/** GB 32100: 0-9 and A-Z without I, O, Z, S, V. */
		CREDIT_CODE("IOZSV", "10255"),
		/** GB 11643: digits and a final X. */
		ID_NUMBER("OIZSBL", "012581"),
		/**
		 * Anything else (a model, a certificate number): O/0, I/1, Z/2 and S/5 read as
		 * one on both sides, since either may be meant and Tesseract confuses them both
		 * ways.
		 */
		GENERIC("OIZS", "0125");

		private final String letters;

		private final String digits;

		Alphabet(String letters, String digits) {
			this.letters = letters;
			this.digits = digits;
		}

		char fold(char c) {
			int i = letters.indexOf(c);
			return i < 0 ? c : digits.charAt(i);
		}

	}

	static final int SLIP_MIN_LENGTH = 10;

	private CodeMatch() {
	}

	static boolean found(String value, String text, Alphabet alphabet) {
		String code = fold(compact(value), alphabet);
		if (code.isEmpty()) {
			return false;
		}
		Folded folded = Folded.of(text, alphabet);
		String t = folded.chars();
		int n = code.length();
		for (int start = 0; start + n <= t.length(); start++) {
			if (t.charAt(start) != code.charAt(0) || t.charAt(start + n - 1) != code.charAt(n - 1)) {
				continue;
			}
			if (mismatches(code, t, start) <= (n >= SLIP_MIN_LENGTH ? 1 : 0) && folded.standsAlone(start, n)) {
				return true;
			}
		}
		return false;
	}

	private static int mismatches(String code, String text, int start) {
		int count = 0;
		for (int i = 1; i < code.length() - 1 && count < 2; i++) {
			if (code.charAt(i) != text.charAt(start + i)) {
				count++;
			}
		}
		return count;
	}

	static String compact(String s) {
		return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase();
	}

	/**
	 * The entered side folded as the text is, so that a model with a real O still
	 * matches.
	 */
	private static String fold(String s, Alphabet alphabet) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			b.append(alphabet.fold(s.charAt(i)));
		}
		return b.toString();
	}

	/**
	 * The text without white space, folded, with where each gap was: a code may span a
	 * gap, but its ends must meet a gap, the text's ends or a non-code character.
	 */
	private record Folded(String chars, boolean[] gapBefore) {

		static Folded of(String text, Alphabet alphabet) {
			String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toUpperCase();
			StringBuilder b = new StringBuilder(nfkc.length());
			boolean[] gaps = new boolean[nfkc.length() + 1];
			boolean gap = false;
			for (int i = 0; i < nfkc.length(); i++) {
				char c = nfkc.charAt(i);
				if (Character.isWhitespace(c)) {
					gap = true;
					continue;
				}
				gaps[b.length()] = gap;
				gap = false;
				b.append(alphabet.fold(c));
			}
			gaps[b.length()] = true;
			return new Folded(b.toString(), gaps);
		}

		boolean standsAlone(int start, int length) {
			int end = start + length;
			boolean before = start == 0 || gapBefore[start] || !codeChar(chars.charAt(start - 1));
			boolean after = end == chars.length() || gapBefore[end] || !codeChar(chars.charAt(end));
			return before && after;
		}

		private static boolean codeChar(char c) {
			return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
		}

	}

}
