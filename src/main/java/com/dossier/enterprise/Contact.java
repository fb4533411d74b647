package com.dossier.enterprise;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.Mobile;
import com.dossier.shared.PhoneNumber;

/**
 * 负责资质申报工作联系人: who the administration calls about the enterprise's applications. Every
 * application keeps a copy of it as it was when filed (可追溯，可联系).
 */
public record Contact(String name, String phone, String mobile) {

	public static Contact of(String name, String phone, String mobile) {
		FieldErrors errors = new FieldErrors();
		String n = trim(name);
		String p = trim(phone);
		String m = trim(mobile);
		if (n.isEmpty()) {
			errors.reject("name", "validation.required");
		}
		else if (n.length() > 50) {
			errors.reject("name", "validation.too_long", 50);
		}
		if (p.isEmpty()) {
			errors.reject("phone", "validation.required");
		}
		else if (!PhoneNumber.isValid(p)) {
			errors.reject("phone", "validation.phone");
		}
		if (m.isEmpty()) {
			errors.reject("mobile", "validation.required");
		}
		else if (!Mobile.isValid(m)) {
			errors.reject("mobile", "validation.mobile");
		}
		errors.throwIfAny();
		return new Contact(n, p, m);
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}
