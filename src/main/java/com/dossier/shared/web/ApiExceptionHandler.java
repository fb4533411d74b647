package com.dossier.shared.web;

import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API error leaves as problem+json with a stable code; nothing leaks a stack trace. */
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

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
		FieldErrors errors = new FieldErrors();
		e.getBindingResult()
			.getFieldErrors()
			.forEach(f -> errors.reject(f.getField(), validationKey(f.getDefaultMessage(), f.getCode())));
		return problems.of(new InvalidInputException(errors));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ResponseEntity<ProblemDetail> malformed(Exception e) {
		return problems.of(HttpStatus.BAD_REQUEST, "request.malformed");
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

	/** Bean Validation messages on our request records are message keys in braces-free form, e.g. "mobile.invalid". */
	private static String validationKey(String defaultMessage, String constraint) {
		if (defaultMessage != null && defaultMessage.matches("[a-z_.]+")) {
			return defaultMessage;
		}
		return "validation." + (constraint == null ? "invalid" : constraint.toLowerCase());
	}
}
