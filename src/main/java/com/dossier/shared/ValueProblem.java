package com.dossier.shared;

/**
 * What is wrong with a typed identifier, precise enough to say which part: a message key
 * (zh-CN and English in the shared bundle) and its arguments, all text so that a number
 * is never shown with grouping separators.
 */
public record ValueProblem(String code, Object... args) {

	static ValueProblem of(String code, Object... args) {
		return new ValueProblem(code, args);
	}

}
