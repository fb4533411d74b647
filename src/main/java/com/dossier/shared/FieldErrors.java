package com.dossier.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation failures of one request, collected so that the user sees every wrong field
 * at once. Thrown as {@link InvalidInputException}; each error's message comes from the
 * key {@code code} (zh-CN and English).
 */
public final class FieldErrors {

	public record FieldError(String field, String code, Object[] args) {
	}

	private final List<FieldError> errors = new ArrayList<>();

	public FieldErrors reject(String field, String code, Object... args) {
		errors.add(new FieldError(field, code, args));
		return this;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public boolean hasErrorFor(String field) {
		return errors.stream().anyMatch(e -> e.field().equals(field));
	}

	public List<FieldError> all() {
		return List.copyOf(errors);
	}

	public void throwIfAny() {
		if (hasErrors()) {
			throw new InvalidInputException(this);
		}
	}

}
