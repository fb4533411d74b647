package com.dossier.certificate.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.dossier.certificate.identity.CertificateDetails;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Decides whether a presented client certificate is acceptable: a PKIX path leads from it
 * to a configured CA (every signature verified, RSA, ECDSA or SM2; every certificate on
 * the way within its validity; the CAs' path-length and name constraints obeyed; no
 * critical extension left unknown), none on the path is revoked by the configured CRL,
 * and the holder's certificate may be used for client authentication. The first failure
 * found, in that order, is the reason given: an untrusted certificate is reported as
 * untrusted, not as expired.
 */
public class CertificateValidator {

	private final ReloadingFile<Set<TrustAnchor>> trustedCas;

	private final Revocation revocation;

	private final Clock clock;

	/**
	 * @param trustCa PEM file of trusted CAs, or null (then every certificate is refused)
	 */
	public CertificateValidator(Path trustCa, Path crl, Clock clock) {
		this.trustedCas = trustCa == null ? null : new ReloadingFile<>(trustCa, CertificatePath::anchors);
		this.revocation = new Revocation(crl);
		this.clock = clock;
	}

	/**
	 * Validates a certificate file (PEM or DER), the holder's certificate first, as an
	 * administrator uploads it.
	 */
	public CertificateCheck validate(byte[] certificateFile) {
		try {
			return validate(Pem.certificates(certificateFile));
		}
		catch (IOException e) {
			return CertificateCheck.refused(null, CertificateReason.MALFORMED);
		}
	}

	/**
	 * @param chain the holder's certificate first, then any intermediates presented with
	 * it
	 */
	public CertificateCheck validate(List<X509CertificateHolder> chain) {
		if (chain.isEmpty()) {
			return CertificateCheck.refused(null, CertificateReason.ABSENT);
		}
		X509CertificateHolder holder = chain.get(0);
		CertificateDetails details;
		try {
			details = CertificateDetails.of(holder);
		}
		catch (RuntimeException e) {
			return CertificateCheck.refused(null, CertificateReason.MALFORMED);
		}
		CertificateReason problem = problem(holder, chain.subList(1, chain.size()));
		return problem == null ? CertificateCheck.valid(details) : CertificateCheck.refused(details, problem);
	}

	private CertificateReason problem(X509CertificateHolder holder, List<X509CertificateHolder> intermediates) {
		Optional<Set<TrustAnchor>> anchors = trustedCas == null ? Optional.empty() : trustedCas.current();
		if (anchors.isEmpty()) {
			return CertificateReason.NOT_CONFIGURED;
		}
		Instant now = clock.instant();
		CertificatePath path = CertificatePath.build(holder, intermediates, anchors.get(), now);
		if (path.problem() != null) {
			return path.problem();
		}
		CertificateReason revoked = revocation.check(path.certificates(), now);
		if (revoked != null) {
			return revoked;
		}
		return Usage.allowsClientAuth(holder) ? null : CertificateReason.USAGE_NOT_ALLOWED;
	}

}
