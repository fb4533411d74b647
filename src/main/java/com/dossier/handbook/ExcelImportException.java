package com.dossier.handbook;

import java.util.List;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;

/**
 * A refused import: nothing was stored. The API lists each problem with its cell (field
 * {@code C5}); pages show row, column and header in words from {@link #problems()}.
 */
public class ExcelImportException extends InvalidInputException {

	private final transient List<ExcelProblem> problems;

	ExcelImportException(List<ExcelProblem> problems) {
		super(toErrors(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ExcelProblem> problems() {
		return problems;
	}

	private static FieldErrors toErrors(List<ExcelProblem> problems) {
		FieldErrors errors = new FieldErrors();
		problems.forEach(p -> errors.reject(p.cell(), p.code(), p.args()));
		return errors;
	}

}
