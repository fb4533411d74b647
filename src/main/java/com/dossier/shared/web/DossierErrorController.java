package com.dossier.shared.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever reaches the container's error page (an unknown URL, a refused request, an
 * unexpected failure) leaves as problem+json under /api and as our error page elsewhere —
 * never Boot's white-label page or a stack trace.
 */
@Controller
class DossierErrorController implements ErrorController {

	private final ApiProblems problems;

	DossierErrorController(ApiProblems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		String code = codeFor(status);
		if (isApi(request)) {
			problems.write(response, status, code);
			return null;
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
		view.addObject("message", problems.text(csrf ? "error.csrf" : "error." + code, new Object[0]));
		return view;
	}

	/**
	 * Reached directly ({@code GET /error}) there is no error to show: as any unknown
	 * address, it is not found.
	 */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String s && s.startsWith(request.getContextPath() + "/api/");
	}

	static String codeFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "not_found";
			case FORBIDDEN -> "forbidden";
			case UNAUTHORIZED -> "unauthenticated";
			case BAD_REQUEST -> "request.malformed";
			case METHOD_NOT_ALLOWED -> "request.method_not_allowed";
			case NOT_ACCEPTABLE -> "request.not_acceptable";
			case CONTENT_TOO_LARGE -> "request.too_large";
			case UNSUPPORTED_MEDIA_TYPE -> "request.unsupported_media_type";
			default -> "internal";
		};
	}

}
