package com.dossier.registry;

import java.util.List;

import com.dossier.shared.DossierException;

import org.springframework.http.HttpStatus;

/** 422: the import had problems, all listed, and nothing of it was saved. */
public class ImportRefused extends DossierException {

	private final transient List<ImportProblem> problems;

	public ImportRefused(List<ImportProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "import.refused", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
