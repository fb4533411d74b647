package com.dossier.handbook;

/**
 * A scan a section asks for. {@code requiredWhen} names a boolean field that makes an
 * otherwise optional kind required (the translation of a foreign-language proof), so the
 * rule lives in the definition, not in code.
 */
public record AttachmentKind(String code, AttachmentPolicy policy, boolean required, String labelKey,
		String requiredWhen) {

	static AttachmentKind image(String code, boolean required) {
		return new AttachmentKind(code, AttachmentPolicy.IMAGE, required, "handbook.attachment." + code, null);
	}

	static AttachmentKind pdf(String code, boolean required) {
		return new AttachmentKind(code, AttachmentPolicy.PDF, required, "handbook.attachment." + code, null);
	}

	AttachmentKind requiredWhen(String booleanField) {
		return new AttachmentKind(code, policy, false, labelKey, booleanField);
	}

	/** Whether this kind must be present for a record with these values. */
	public boolean requiredFor(java.util.Map<String, String> data) {
		return required || (requiredWhen != null && "true".equals(data.get(requiredWhen)));
	}
}
