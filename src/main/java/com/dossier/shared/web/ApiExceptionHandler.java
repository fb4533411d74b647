package com.dossier.shared.web;

import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.Sizes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error leaves as problem+json with a stable code; nothing leaks a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiProblems problems;

	ApiExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DossierException.class)
	ResponseEntity<ProblemDetail> dossier(DossierException e) {
		return problems.of(e);
	}

	/**
	 * A body that is not JSON is malformed; JSON with a value of the wrong type names the
	 * field (a path).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
		if (tooLarge != null) {
			return problems.withMessage(HttpStatus.CONTENT_TOO_LARGE, "request.too_large",
					"error.request.body_too_large", Sizes.kb(tooLarge.ceiling()));
		}
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			FieldErrors errors = new FieldErrors().reject(path(mismatch), "field.type");
			return problems.of(HttpStatus.BAD_REQUEST, "request.malformed", errors);
		}
		return problems.of(HttpStatus.BAD_REQUEST, "request.malformed");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingServletRequestPartException.class, MultipartException.class })
	ResponseEntity<ProblemDetail> malformed(Exception e) {
		return problems.of(HttpStatus.BAD_REQUEST, "request.malformed");
	}

	/**
	 * The answer is problem+json whatever the client accepts: an error needs a body, and
	 * that is our only format.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(Exception e) {
		return problems.of(HttpStatus.NOT_ACCEPTABLE, "request.not_acceptable");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(Exception e) {
		return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.unsupported_media_type");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(Exception e) {
		return problems.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method_not_allowed");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(Exception e) {
		return problems.of(HttpStatus.CONTENT_TOO_LARGE, "request.too_large");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(Exception e) {
		return problems.of(HttpStatus.NOT_FOUND, "not_found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(Exception e) {
		return problems.of(HttpStatus.FORBIDDEN, "forbidden");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Unexpected API error", e);
		return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal");
	}

	private static String path(MismatchedInputException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
