package com.dossier.handbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.dossier.shared.CreditCode;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.Mobile;
import com.dossier.shared.PhoneNumber;
import com.dossier.shared.Postcode;
import com.dossier.shared.Text;

/**
 * Checks a record's input against its section definition and turns it into canonical
 * strings (trimmed text, {@code yyyy-MM-dd} dates, plain decimals). Every wrong field is
 * reported at once; nothing is stored unless none is.
 */
final class FieldRules {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,10})?");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9()（）-]{5,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");

	private static final Pattern URL = Pattern.compile("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?(/\\S*)?");

	/**
	 * More digits before or after the point than any field allows (15 and 10), with room
	 * for trailing zeros.
	 */
	private static final int MAX_DIGITS = 30;

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private FieldRules() {
	}

	/**
	 * Canonical values of a valid input, or
	 * {@link com.dossier.shared.InvalidInputException} listing every error.
	 */
	static Map<String, String> check(SectionDefinition section, Map<String, ?> input, LocalDate today) {
		FieldErrors errors = new FieldErrors();
		Map<String, String> values = check(section, input, errors, today);
		errors.throwIfAny();
		return values;
	}

	/**
	 * As above, but collects into {@code errors} (for Excel, which reports many rows at
	 * once).
	 */
	static Map<String, String> check(SectionDefinition section, Map<String, ?> input, FieldErrors errors,
			LocalDate today) {
		Map<String, ?> raw = input == null ? Map.of() : input;
		raw.keySet()
			.stream()
			.filter(k -> section.field(k).isEmpty())
			.sorted()
			.forEach(k -> errors.reject(k, "field.unknown"));
		Map<String, String> values = new LinkedHashMap<>();
		for (FieldDef field : section.fields()) {
			if (field.isFixed()) {
				values.put(field.key(), field.fixedValue());
				continue;
			}
			String text = text(field, raw.get(field.key()), errors);
			if (text == null && errors.hasErrorFor(field.key())) {
				continue;
			}
			if (text == null) {
				if (field.required()) {
					errors.reject(field.key(), "field.required");
				}
				continue;
			}
			String value = canonical(field, text, errors, today);
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		section.rules().forEach(rule -> rule.check(values, errors, today));
		return values;
	}

	/**
	 * The input as text, or null when it is empty or was rejected. Forms and Excel send
	 * text; JSON may also send a number for a numeric field and a boolean for a yes/no
	 * field, and nothing else: an object or an array is not a value of any field.
	 */
	private static String text(FieldDef field, Object value, FieldErrors errors) {
		if (value == null) {
			return null;
		}
		if (value instanceof String s) {
			if (Text.hasForbiddenCharacters(s)) {
				return reject(errors, field.key(), "field.invalid_character");
			}
			String stripped = Text.strip(s);
			return stripped.isEmpty() ? null : stripped;
		}
		if (value instanceof Number n && field.type().numeric()) {
			return plain(n, field, errors);
		}
		if (value instanceof Boolean b && field.type() == FieldType.BOOLEAN) {
			return b.toString();
		}
		return reject(errors, field.key(), "field.type");
	}

	/**
	 * A JSON number in plain digits, if it is one a field could hold: {@code 1e400} or
	 * {@code 1e-999999999} would otherwise print as hundreds of digits (or not at all),
	 * long before the field's own limits are checked.
	 */
	private static String plain(Number n, FieldDef field, FieldErrors errors) {
		if ((n instanceof Double d && !Double.isFinite(d)) || (n instanceof Float f && !Float.isFinite(f))) {
			return reject(errors, field.key(), "field.number");
		}
		BigDecimal value = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
		if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
			return reject(errors, field.key(), "field.number");
		}
		return value.toPlainString();
	}

	/** The value in its stored form, or null after rejecting it. */
	private static String canonical(FieldDef field, String text, FieldErrors errors, LocalDate today) {
		String key = field.key();
		if (text.length() > field.maxLength()) {
			errors.reject(key, "field.too_long", field.maxLength());
			return null;
		}
		return switch (field.type()) {
			case TEXT -> text;
			case ENUM, ID_TYPE -> field.hasOption(text) ? text : reject(errors, key, "field.option");
			case BOOLEAN -> bool(text, errors, key);
			case DATE -> date(field, text, errors, today);
			case YEAR -> INTEGER.matcher(text).matches() && text.length() == 4 ? number(field, text, errors, today)
					: reject(errors, key, "field.year");
			case YEAR_MONTH -> yearMonth(field, text, errors, today);
			case MONEY, DECIMAL -> DECIMAL.matcher(text).matches() ? number(field, text, errors, today)
					: reject(errors, key, "field.number");
			case INTEGER -> INTEGER.matcher(text).matches() ? number(field, text, errors, today)
					: reject(errors, key, "field.integer");
			case ID_NUMBER -> DOCUMENT_NUMBER.matcher(text).matches() ? text.toUpperCase()
					: reject(errors, key, "field.document_number");
			case CREDIT_CODE -> creditCode(key, text, errors);
			case MOBILE -> Mobile.isValid(text.replaceAll("[\\s-]", "")) ? text.replaceAll("[\\s-]", "")
					: reject(errors, key, "field.mobile");
			case PHONE -> PhoneNumber.isValid(text) ? text : reject(errors, key, "field.phone");
			case POSTCODE -> Postcode.isValid(text) ? text : reject(errors, key, "field.postcode");
			case EMAIL -> EMAIL.matcher(text).matches() ? text : reject(errors, key, "field.email");
			case URL -> URL.matcher(text).matches() ? text : reject(errors, key, "field.url");
		};
	}

	/** The code without spaces, or null after saying which part of it is wrong. */
	private static String creditCode(String key, String text, FieldErrors errors) {
		String code = CreditCode.normalize(text);
		var problem = CreditCode.problem(code);
		problem.ifPresent(p -> errors.reject(key, p.code(), p.args()));
		return problem.isPresent() ? null : code;
	}

	private static String bool(String text, FieldErrors errors, String key) {
		return switch (text.toLowerCase()) {
			case "true", "是", "yes", "1" -> "true";
			case "false", "否", "no", "0" -> "false";
			default -> reject(errors, key, "field.boolean");
		};
	}

	private static String date(FieldDef field, String text, FieldErrors errors, LocalDate today) {
		try {
			LocalDate date = LocalDate.parse(text);
			if (field.notInFuture() && date.isAfter(today)) {
				return reject(errors, field.key(), "field.future");
			}
			return date.isBefore(EARLIEST) ? reject(errors, field.key(), "field.too_early") : date.toString();
		}
		catch (DateTimeParseException e) {
			return reject(errors, field.key(), "field.date");
		}
	}

	private static String yearMonth(FieldDef field, String text, FieldErrors errors, LocalDate today) {
		try {
			YearMonth month = YearMonth.parse(text);
			if (field.notInFuture() && month.isAfter(YearMonth.from(today))) {
				return reject(errors, field.key(), "field.future");
			}
			return month.isBefore(YearMonth.from(EARLIEST)) ? reject(errors, field.key(), "field.too_early")
					: month.toString();
		}
		catch (DateTimeParseException e) {
			return reject(errors, field.key(), "field.year_month");
		}
	}

	private static String number(FieldDef field, String text, FieldErrors errors, LocalDate today) {
		BigDecimal value = new BigDecimal(text);
		String key = field.key();
		if (value.stripTrailingZeros().scale() > field.maxScale()) {
			return field.maxScale() == 0 ? reject(errors, key, "field.integer")
					: reject(errors, key, "field.scale", field.maxScale());
		}
		if (field.min() != null) {
			int c = value.compareTo(field.min());
			if (field.minExclusive() ? c <= 0 : c < 0) {
				return reject(errors, key, field.minExclusive() ? "field.greater_than" : "field.min",
						field.min().toPlainString());
			}
		}
		if (field.max() != null && value.compareTo(field.max()) > 0) {
			return reject(errors, key, "field.max", field.max().toPlainString());
		}
		if (field.type() == FieldType.YEAR && field.notInFuture() && value.intValue() > today.getYear()) {
			return reject(errors, key, "field.future");
		}
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private static String reject(FieldErrors errors, String key, String code, Object... args) {
		errors.reject(key, code, args);
		return null;
	}

}
