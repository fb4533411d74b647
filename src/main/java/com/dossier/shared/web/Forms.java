package com.dossier.shared.web;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts a service's field errors beside the form's fields, where th:errors shows them in
 * the user's language.
 */
public final class Forms {

	private Forms() {
	}

	public static void bind(InvalidInputException e, BindingResult result) {
		bind(e.errors(), result);
	}

	public static void bind(FieldErrors errors, BindingResult result) {
		for (FieldErrors.FieldError error : errors.all()) {
			if (result.getFieldErrorCount(error.field()) == 0) {
				result.rejectValue(error.field(), error.code(), error.args(), error.code());
			}
		}
	}

}
