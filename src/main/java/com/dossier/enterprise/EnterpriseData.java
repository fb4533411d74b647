package com.dossier.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.dossier.shared.CreditCode;
import com.dossier.shared.FieldErrors;

/**
 * The basic data an administrator enters or imports; checks itself before anything is
 * stored.
 */
public record EnterpriseData(String creditCode, String name, Enterprise.Region region, boolean foreignInvested,
		String address, String legalRepresentative, BigDecimal registeredCapital, LocalDate establishedOn) {

	public EnterpriseData normalized() {
		return new EnterpriseData(CreditCode.normalize(creditCode), strip(name), region, foreignInvested,
				strip(address), strip(legalRepresentative), registeredCapital, establishedOn);
	}

	FieldErrors validate(LocalDate today) {
		FieldErrors errors = new FieldErrors();
		if (creditCode == null || creditCode.isEmpty()) {
			errors.reject("creditCode", "validation.required");
		}
		else {
			CreditCode.problem(creditCode).ifPresent(p -> errors.reject("creditCode", p.code(), p.args()));
		}
		if (name == null || name.isEmpty()) {
			errors.reject("name", "validation.required");
		}
		else if (name.length() > 200) {
			errors.reject("name", "validation.too_long", 200);
		}
		if (region == null) {
			errors.reject("region", "validation.required");
		}
		if (address != null && address.length() > 300) {
			errors.reject("address", "validation.too_long", 300);
		}
		if (legalRepresentative != null && legalRepresentative.length() > 100) {
			errors.reject("legalRepresentative", "validation.too_long", 100);
		}
		if (registeredCapital != null && (registeredCapital.signum() < 0 || registeredCapital.scale() > 4
				|| registeredCapital.precision() - registeredCapital.scale() > 14)) {
			errors.reject("registeredCapital", "enterprise.capital.invalid");
		}
		if (establishedOn != null && establishedOn.isAfter(today)) {
			errors.reject("establishedOn", "enterprise.established.future");
		}
		return errors;
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
