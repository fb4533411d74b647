package com.dossier.certificate.presented;

/**
 * {@code dossier.auth.certificate}: whether a login needs a client certificate besides
 * the password.
 */
public enum CertificateMode {

	/** Password only; certificates are ignored (the embedded demo default). */
	OFF,
	/**
	 * A presented certificate must be valid and bound to the account; none at all is
	 * fine.
	 */
	OPTIONAL,
	/** A valid certificate bound to the account and its password, both. */
	REQUIRED

}
