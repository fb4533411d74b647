package com.dossier.shared.web;

import com.dossier.shared.DossierException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A named refusal on a page shows our one error page with the message in the user's
 * language.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final ApiProblems problems;

	PageExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DossierException.class)
	ModelAndView dossier(DossierException e, Model model) {
		return page(e.status(), e.messageKey(), e.args());
	}

	/**
	 * A form post whose body is not valid multipart (sizes above the ceiling never get
	 * here: UploadCeilingFilter).
	 */
	@ExceptionHandler(MultipartException.class)
	ModelAndView malformedUpload(MultipartException e) {
		return page(HttpStatus.BAD_REQUEST, "error.request.malformed", new Object[0]);
	}

	private ModelAndView page(HttpStatus status, String messageKey, Object[] args) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", problems.text(messageKey, args));
		return view;
	}

}
