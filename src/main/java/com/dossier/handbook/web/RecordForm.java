package com.dossier.handbook.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;

import org.springframework.util.MultiValueMap;

/**
 * What the section form shows: the values as typed (so a refused form keeps them), the
 * message beside each wrong field, and the version the user is editing. Fields are the
 * definition's, so one form serves every section.
 */
public record RecordForm(Map<String, String> values, Map<String, String> errors, Integer version) {

	static RecordForm empty(SectionDefinition section) {
		Map<String, String> values = new LinkedHashMap<>();
		section.fields().stream().filter(FieldDef::isFixed).forEach(f -> values.put(f.key(), f.fixedValue()));
		return new RecordForm(values, Map.of(), null);
	}

	static RecordForm of(HandbookRecord record) {
		return new RecordForm(new LinkedHashMap<>(record.data()), Map.of(), record.version());
	}

	/**
	 * The posted fields of this section only; anything else in the request is ignored.
	 */
	static RecordForm posted(SectionDefinition section, MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		for (FieldDef field : section.fields()) {
			String value = params.getFirst("f_" + field.key());
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		String version = params.getFirst("version");
		return new RecordForm(values, Map.of(), version == null || version.isBlank() ? null : Integer.valueOf(version));
	}

	RecordForm withErrors(InvalidInputException e, java.util.function.BiFunction<String, Object[], String> text) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (FieldErrors.FieldError error : e.errors().all()) {
			messages.putIfAbsent(error.field(), text.apply(error.code(), error.args()));
		}
		return new RecordForm(values, messages, version);
	}

	/**
	 * The same form to be saved over {@code newVersion} (after a conflict the user has
	 * seen).
	 */
	RecordForm withVersion(int newVersion) {
		return new RecordForm(values, errors, newVersion);
	}

	public String value(String key) {
		return values.getOrDefault(key, "");
	}

	public String error(String key) {
		return errors.get(key);
	}
}
