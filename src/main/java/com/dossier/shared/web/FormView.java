package com.dossier.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A bound form as a template shows it: each field's value (what the user typed, also when
 * it was refused) and its error in the user's language. Taken from the model's
 * BindingResult by {@link PageContext#form}; a form that was never bound (no
 * BindingResult) shows empty fields and no errors.
 */
public final class FormView {

	private final BindingResult result;

	private final MessageSource messages;

	private final Locale locale;

	FormView(BindingResult result, MessageSource messages, Locale locale) {
		this.result = result;
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The field's value as text, or "" (never null: a template writes it straight into
	 * {@code value="…"}).
	 */
	public String value(String field) {
		if (result == null) {
			return "";
		}
		Object value = result.getFieldValue(field);
		return value == null ? "" : value.toString();
	}

	public boolean hasError(String field) {
		return result != null && result.hasFieldErrors(field);
	}

	/** The field's first error, translated, or null. */
	public String error(String field) {
		FieldError error = result == null ? null : result.getFieldError(field);
		return error == null ? null : messages.getMessage(error, locale);
	}

	/** Errors of the whole form (a stale version, …), translated. */
	public List<String> globalErrors() {
		if (result == null) {
			return List.of();
		}
		return result.getGlobalErrors().stream().map((ObjectError e) -> messages.getMessage(e, locale)).toList();
	}

}
