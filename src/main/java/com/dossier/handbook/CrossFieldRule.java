package com.dossier.handbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.IdNumber;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A rule over several fields of one record, declared in the section definition and
 * checked after each field has passed its own checks (so it sees canonical values only).
 */
public sealed interface CrossFieldRule {

	/** {@code today} is the administration's day, for rules about dates. */
	void check(Map<String, String> values, FieldErrors errors, LocalDate today);

	/**
	 * {@code field} ≤ {@code limit}, e.g. 净值 ≤ 原值; the error is shown beside
	 * {@code field}.
	 */
	record NotGreaterThan(String field, String limit, String limitLabelKey) implements CrossFieldRule {

		@Override
		public void check(Map<String, String> values, FieldErrors errors, LocalDate today) {
			String a = values.get(field);
			String b = values.get(limit);
			if (a != null && b != null && !errors.hasErrorFor(field)
					&& new BigDecimal(a).compareTo(new BigDecimal(b)) > 0) {
				errors.reject(field, "field.not_greater_than",
						new DefaultMessageSourceResolvable(new String[] { limitLabelKey }, limitLabelKey));
			}
		}
	}

	/**
	 * A 居民身份证 number must be well formed in every part (the message says which is wrong)
	 * and carry its GB 11643 check digit; other documents (passport, travel permits) only
	 * a plausible document number, which the field type already checked.
	 */
	record IdNumberMatchesType(String typeField, String numberField, String residentCard) implements CrossFieldRule {

		@Override
		public void check(Map<String, String> values, FieldErrors errors, LocalDate today) {
			String number = values.get(numberField);
			if (number != null && !errors.hasErrorFor(numberField) && residentCard.equals(values.get(typeField))) {
				IdNumber.problem(number, today).ifPresent(p -> errors.reject(numberField, p.code(), p.args()));
			}
		}
	}

}
