package com.dossier.handbook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a section: its stable key (the JSON key of the API and of storage), type,
 * label and constraints. Built fluently in {@link SectionDefinitions}; every
 * {@code withX} returns a new definition.
 */
public record FieldDef(String key, FieldType type, boolean required, String labelKey, List<Option> options,
		BigDecimal min, boolean minExclusive, BigDecimal max, int maxLength, int maxScale, boolean notInFuture,
		String fixedValue) {

	/** One allowed value of an enumeration and its label key. */
	public record Option(String value, String labelKey) {
	}

	static final int DEFAULT_MAX_LENGTH = 100;

	static FieldDef of(String key, FieldType type) {
		BigDecimal min = type == FieldType.MONEY ? BigDecimal.ZERO : null;
		BigDecimal max = type == FieldType.MONEY ? new BigDecimal("9999999999") : null;
		int scale = type == FieldType.MONEY || type == FieldType.DECIMAL ? 4 : 0;
		return new FieldDef(key, type, false, "handbook.field." + key, List.of(), min, false, max, DEFAULT_MAX_LENGTH,
				scale, false, null);
	}

	FieldDef mandatory() {
		return new FieldDef(key, type, true, labelKey, options, min, minExclusive, max, maxLength, maxScale,
				notInFuture, fixedValue);
	}

	FieldDef label(String key) {
		return new FieldDef(this.key, type, required, key, options, min, minExclusive, max, maxLength, maxScale,
				notInFuture, fixedValue);
	}

	/** Options as values; each label is {@code handbook.option.<set>.<value>}. */
	FieldDef options(String set, String... values) {
		List<Option> list = java.util.Arrays.stream(values)
			.map(v -> new Option(v, "handbook.option." + set + "." + v))
			.toList();
		return new FieldDef(key, type, required, labelKey, list, min, minExclusive, max, maxLength, maxScale,
				notInFuture, fixedValue);
	}

	FieldDef range(String min, String max) {
		return new FieldDef(key, type, required, labelKey, options, min == null ? null : new BigDecimal(min), false,
				max == null ? null : new BigDecimal(max), maxLength, maxScale, notInFuture, fixedValue);
	}

	/** Strictly greater than {@code min}: an area of 0 m² is not a plant. */
	FieldDef above(String min) {
		return new FieldDef(key, type, required, labelKey, options, new BigDecimal(min), true, max, maxLength, maxScale,
				notInFuture, fixedValue);
	}

	FieldDef maxLength(int length) {
		return new FieldDef(key, type, required, labelKey, options, min, minExclusive, max, length, maxScale,
				notInFuture, fixedValue);
	}

	FieldDef noFuture() {
		return new FieldDef(key, type, required, labelKey, options, min, minExclusive, max, maxLength, maxScale, true,
				fixedValue);
	}

	/**
	 * A value the enterprise does not type: the guide prints it (证件名称) and we store it
	 * with the record.
	 */
	FieldDef fixed(String value) {
		return new FieldDef(key, type, false, labelKey, options, min, minExclusive, max, maxLength, maxScale,
				notInFuture, value);
	}

	public boolean isFixed() {
		return fixedValue != null;
	}

	public boolean hasOption(String value) {
		return options.stream().anyMatch(o -> o.value().equals(value));
	}
}
