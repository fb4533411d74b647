package com.dossier.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds RFC 9457 problem documents with our stable {@code code} and a message in the
 * request's language, for the exception handler and for the security entry points alike.
 */
@Component
public class ApiProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver locales;

	ApiProblems(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	/**
	 * For code outside Spring MVC (security entry points, the error controller) that
	 * writes the response itself.
	 */
	public void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
		ProblemDetail problem = problem(status, code, "error." + code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}

	/**
	 * Writes a problem built with {@link #problem} as UTF-8 bytes, for filters that
	 * answer before Spring MVC, with the content type MVC's answers have (no charset
	 * parameter).
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		byte[] body = json.writeValueAsBytes(problem);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	public ResponseEntity<ProblemDetail> of(DossierException e) {
		ProblemDetail problem = problem(e.status(), e.code(), e.messageKey(), e.args());
		if (e instanceof InvalidInputException invalid) {
			withErrors(problem, invalid.errors());
		}
		return respond(problem);
	}

	/**
	 * A problem of another status (400 for a wrong type in JSON) that names its fields
	 * like a validation error.
	 */
	public ResponseEntity<ProblemDetail> of(HttpStatus status, String code, FieldErrors errors) {
		return respond(withErrors(problem(status, code, "error." + code), errors));
	}

	private ProblemDetail withErrors(ProblemDetail problem, FieldErrors fields) {
		List<Map<String, String>> errors = fields.all()
			.stream()
			.map(f -> Map.of("field", f.field(), "code", f.code(), "message", text(f.code(), f.args())))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	public ResponseEntity<ProblemDetail> of(HttpStatus status, String code, Object... args) {
		return respond(problem(status, code, "error." + code, args));
	}

	/** A problem whose message is not {@code error.<code>}. */
	public ResponseEntity<ProblemDetail> withMessage(HttpStatus status, String code, String messageKey,
			Object... args) {
		return respond(problem(status, code, messageKey, args));
	}

	public ProblemDetail problem(HttpStatus status, String code, String messageKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messageKey, args));
		problem.setType(URI.create("urn:dossier:problem:" + code));
		problem.setTitle(text("error.title." + status.value(), new Object[0]));
		problem.setProperty("code", code);
		return problem;
	}

	public String text(String key, Object[] args) {
		return messages.getMessage(key, args, key, locale());
	}

	/**
	 * Security filters answer before Spring MVC has resolved the request's locale, so
	 * resolve it here the same way the pages do.
	 */
	private Locale locale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return locales.resolveLocale(attributes.getRequest());
		}
		return LocaleContextHolder.getLocale();
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
