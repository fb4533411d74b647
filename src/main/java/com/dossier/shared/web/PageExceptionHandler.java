package com.dossier.shared.web;

import com.dossier.shared.DossierException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A named refusal on a page shows our one error page with the message in the user's language. */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final ApiProblems problems;

	PageExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DossierException.class)
	ModelAndView dossier(DossierException e, Model model) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(e.status());
		view.addObject("status", e.status().value());
		view.addObject("message", problems.text(e.messageKey(), e.args()));
		return view;
	}
}
