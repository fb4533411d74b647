package com.dossier.certificate.validation;

/**
 * Why a certificate is refused, as a stable code (clients and the audit log branch on
 * it); the message is the key {@code error.<code>} in the messages/certificate bundle.
 */
public enum CertificateReason {

	/**
	 * No certificate was presented (or only an ignored header from an untrusted address).
	 */
	ABSENT("certificate.absent"),
	/** Not a certificate: damaged PEM/DER, or a header that does not decode. */
	MALFORMED("certificate.malformed"),
	/**
	 * No valid path to a configured CA: a signature on the way does not verify, a CA's
	 * path-length or name constraint is broken, or a certificate carries a critical
	 * extension that is not understood.
	 */
	UNTRUSTED("certificate.untrusted"), EXPIRED("certificate.expired"), NOT_YET_VALID("certificate.not_yet_valid"),
	REVOKED("certificate.revoked"),
	/**
	 * Its key usage or extended key usage excludes client authentication, or it is a CA
	 * certificate.
	 */
	USAGE_NOT_ALLOWED("certificate.usage_not_allowed"),
	/**
	 * The configured CRL cannot be read or its signature does not verify: refuse rather
	 * than miss a revocation.
	 */
	CRL_UNAVAILABLE("certificate.crl_unavailable"),
	/** No trusted CA is configured, or the file cannot be read. */
	NOT_CONFIGURED("certificate.not_configured");

	private final String code;

	CertificateReason(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "error." + code;
	}

}
