package com.dossier.certificate.identity;

/**
 * What a certificate identifies: an enterprise by its 统一社会信用代码, or a person by the
 * certificate itself.
 */
public enum BindingKind {

	ENTERPRISE, PERSON

}
