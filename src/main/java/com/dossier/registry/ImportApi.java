package com.dossier.registry;

import java.util.List;
import java.util.Map;

import com.dossier.shared.web.ApiProblems;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/imports} for the management systems (role IMPORTER) and
 * administrators: 200 with the counts, or 422 listing every problem by path.
 */
@RestController
@Secured({ "ROLE_ADMIN", "ROLE_IMPORTER" })
class ImportApi {

	record Counts(int created, int updated, int unchanged, int removed, int enterprisesCreated) {
	}

	private final ImportService imports;

	private final ApiProblems problems;

	ImportApi(ImportService imports, ApiProblems problems) {
		this.imports = imports;
		this.problems = problems;
	}

	@PostMapping("/api/v1/admin/imports")
	Counts post(@RequestBody ImportRequest request) {
		ImportResult r = imports.run(request, ImportService.Channel.API);
		return new Counts(r.created(), r.updated(), r.unchanged(), r.removed(), r.enterprisesCreated());
	}

	/**
	 * Two imports created the same item at once: the later one saved nothing and may
	 * simply be sent again.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> concurrent(DataIntegrityViolationException e) {
		return problems.of(HttpStatus.CONFLICT, "import.concurrent");
	}

	/**
	 * Field rules have their message under the code itself, named refusals
	 * ({@code record.pending}) under {@code error.<code>}.
	 */
	private String message(ImportProblem p) {
		String text = problems.text(p.code(), p.args());
		return text.equals(p.code()) ? problems.text("error." + p.code(), p.args()) : text;
	}

	/**
	 * Problems by path ({@code errors:[{path, code, message}]}), in the request's
	 * language.
	 */
	@ExceptionHandler(ImportRefused.class)
	ResponseEntity<ProblemDetail> refused(ImportRefused e) {
		ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.messageKey(), e.args());
		List<Map<String, String>> errors = e.problems()
			.stream()
			.map(p -> Map.of("path", p.path(), "code", p.code(), "message", message(p)))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
