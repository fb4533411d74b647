package com.dossier.handbook;

import java.util.List;

/**
 * A scan a section asks for. {@code requiredWhen} names a boolean field that makes an
 * otherwise optional kind required (the translation of a foreign-language proof), so the
 * rule lives in the definition, not in code. {@code shows} names the record's fields
 * whose values such a scan prints (an ID card: name and ID number), which the scan
 * pre-check looks for in the recognised text.
 */
public record AttachmentKind(String code, AttachmentPolicy policy, boolean required, String labelKey,
		String requiredWhen, List<String> shows) {

	public AttachmentKind {
		shows = List.copyOf(shows);
	}

	static AttachmentKind image(String code, boolean required) {
		return new AttachmentKind(code, AttachmentPolicy.IMAGE, required, "handbook.attachment." + code, null,
				List.of());
	}

	static AttachmentKind pdf(String code, boolean required) {
		return new AttachmentKind(code, AttachmentPolicy.PDF, required, "handbook.attachment." + code, null, List.of());
	}

	AttachmentKind requiredWhen(String booleanField) {
		return new AttachmentKind(code, policy, false, labelKey, booleanField, shows);
	}

	AttachmentKind shows(String... fields) {
		return new AttachmentKind(code, policy, required, labelKey, requiredWhen, List.of(fields));
	}

	/** Whether this kind must be present for a record with these values. */
	public boolean requiredFor(java.util.Map<String, String> data) {
		return required || (requiredWhen != null && "true".equals(data.get(requiredWhen)));
	}
}
