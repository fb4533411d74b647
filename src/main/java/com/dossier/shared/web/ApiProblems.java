package com.dossier.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.shared.DossierException;
import com.dossier.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem documents with our stable {@code code} and a message in the request's language, for
 * the exception handler and for the security entry points alike.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public ResponseEntity<ProblemDetail> of(DossierException e) {
		ProblemDetail problem = problem(e.status(), e.code(), e.messageKey(), e.args());
		if (e instanceof InvalidInputException invalid) {
			List<Map<String, String>> errors = invalid.errors()
				.all()
				.stream()
				.map(f -> Map.of("field", f.field(), "code", f.code(), "message", text(f.code(), f.args())))
				.toList();
			problem.setProperty("errors", errors);
		}
		return respond(problem);
	}

	public ResponseEntity<ProblemDetail> of(HttpStatus status, String code, Object... args) {
		return respond(problem(status, code, "error." + code, args));
	}

	public ProblemDetail problem(HttpStatus status, String code, String messageKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messageKey, args));
		problem.setType(URI.create("urn:dossier:problem:" + code));
		problem.setTitle(text("error.title." + status.value(), new Object[0]));
		problem.setProperty("code", code);
		return problem;
	}

	public String text(String key, Object[] args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
