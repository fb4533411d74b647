package com.dossier.registry;

import java.util.Arrays;
import java.util.List;

import com.dossier.registry.WorkbookPayload.CellProblem;

/**
 * How a background import ended, as stored with its job (JSON): a preview's token, the
 * workbook's problems, a commit's counts, or the code of what stopped it. Messages are
 * made when the page is shown, in the reader's language.
 */
record ImportJobResult(String preview, List<Problem> problems, Integer created, Integer updated, Integer unchanged,
		Integer refused, String error) {

	/** A problem by sheet, row and column, its arguments as text. */
	record Problem(String sheet, Integer row, String column, String code, List<String> args) {

		static Problem of(CellProblem p) {
			List<String> args = p.args() == null ? List.of() : Arrays.stream(p.args()).map(String::valueOf).toList();
			return new Problem(p.sheet(), p.row(), p.column(), p.code(), args);
		}

	}

	static ImportJobResult previewed(String token) {
		return new ImportJobResult(token, null, null, null, null, null, null);
	}

	static ImportJobResult refused(List<CellProblem> problems) {
		return new ImportJobResult(null, problems.stream().map(Problem::of).toList(), null, null, null, null, null);
	}

	static ImportJobResult committed(ImportResult r) {
		return new ImportJobResult(null, null, r.created(), r.updated(), r.unchanged(), null, null);
	}

	/**
	 * The commit found problems that the preview had not (the data changed meanwhile).
	 */
	static ImportJobResult changedMeanwhile(String token, int problems) {
		return new ImportJobResult(token, null, null, null, null, problems, null);
	}

	static ImportJobResult failed(String code) {
		return new ImportJobResult(null, null, null, null, null, null, code);
	}

}
