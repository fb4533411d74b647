package com.dossier.certificate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a presented client certificate is acceptable: it chains to a configured CA with every signature
 * verified (RSA, ECDSA or SM2), every certificate on the way is within its validity, none is revoked by the
 * configured CRL, and the holder's certificate may be used for client authentication. The first failure found, in
 * that order, is the reason given: an untrusted certificate is reported as untrusted, not as expired.
 */
public class CertificateValidator {

	private static final Logger log = LoggerFactory.getLogger(CertificateValidator.class);

	/** Longest chain followed from the holder to a CA; real ones have one or two intermediates. */
	private static final int MAX_INTERMEDIATES = 5;

	private final ReloadingFile<List<X509CertificateHolder>> trustedCas;

	private final ReloadingFile<List<X509CRLHolder>> crls;

	private final Clock clock;

	/** @param trustCa PEM file of trusted CAs, or null (then every certificate is refused) */
	public CertificateValidator(Path trustCa, Path crl, Clock clock) {
		this.trustedCas = trustCa == null ? null : new ReloadingFile<>(trustCa, Pem::certificates);
		this.crls = crl == null ? null : new ReloadingFile<>(crl, Pem::crls);
		this.clock = clock;
	}

	/** Validates a certificate file (PEM or DER), the holder's certificate first, as an administrator uploads it. */
	public CertificateCheck validate(byte[] certificateFile) {
		try {
			return validate(Pem.certificates(certificateFile));
		}
		catch (IOException e) {
			return CertificateCheck.refused(null, CertificateReason.MALFORMED);
		}
	}

	/** @param chain the holder's certificate first, then any intermediates presented with it */
	CertificateCheck validate(List<X509CertificateHolder> chain) {
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
		List<X509CertificateHolder> anchors = read(trustedCas);
		if (anchors == null) {
			return CertificateReason.NOT_CONFIGURED;
		}
		Optional<List<X509CertificateHolder>> path = path(holder, intermediates, anchors);
		if (path.isEmpty()) {
			return CertificateReason.UNTRUSTED;
		}
		List<X509CertificateHolder> certificates = path.get();
		Instant now = clock.instant();
		for (X509CertificateHolder c : certificates.subList(0, certificates.size() - 1)) {
			if (now.isBefore(c.getNotBefore().toInstant())) {
				return CertificateReason.NOT_YET_VALID;
			}
			if (now.isAfter(c.getNotAfter().toInstant())) {
				return CertificateReason.EXPIRED;
			}
		}
		CertificateReason revocation = revocation(certificates, now);
		if (revocation != null) {
			return revocation;
		}
		return Usage.allowsClientAuth(holder) ? null : CertificateReason.USAGE_NOT_ALLOWED;
	}

	/** The chain from the holder up to and including a trusted CA, each link's signature verified. */
	private static Optional<List<X509CertificateHolder>> path(X509CertificateHolder holder,
			List<X509CertificateHolder> intermediates, List<X509CertificateHolder> anchors) {
		List<X509CertificateHolder> path = new ArrayList<>(List.of(holder));
		X509CertificateHolder current = holder;
		for (int depth = 0; depth <= MAX_INTERMEDIATES; depth++) {
			for (X509CertificateHolder anchor : anchors) {
				if (anchor.getSubject().equals(current.getIssuer()) && Signatures.verifies(current, anchor)) {
					path.add(anchor);
					return Optional.of(path);
				}
			}
			X509CertificateHolder next = null;
			for (X509CertificateHolder candidate : intermediates) {
				if (!path.contains(candidate) && candidate.getSubject().equals(current.getIssuer())
						&& Usage.isCa(candidate) && Signatures.verifies(current, candidate)) {
					next = candidate;
					break;
				}
			}
			if (next == null) {
				return Optional.empty();
			}
			path.add(next);
			current = next;
		}
		return Optional.empty();
	}

	/**
	 * Each certificate below the CA is looked up in the CRLs its issuer signed. A CRL that claims to come from the
	 * issuer but whose signature does not verify makes the answer unknown, and unknown is a refusal.
	 */
	private CertificateReason revocation(List<X509CertificateHolder> path, Instant now) {
		if (crls == null) {
			return null;
		}
		List<X509CRLHolder> lists = read(crls);
		if (lists == null) {
			return CertificateReason.CRL_UNAVAILABLE;
		}
		for (int i = 0; i < path.size() - 1; i++) {
			X509CertificateHolder certificate = path.get(i);
			X509CertificateHolder issuer = path.get(i + 1);
			for (X509CRLHolder crl : lists) {
				if (!crl.getIssuer().equals(certificate.getIssuer())) {
					continue;
				}
				if (!Signatures.verifies(crl, issuer)) {
					log.error("CRL {} names issuer {} but its signature does not verify", crls.path(), crl.getIssuer());
					return CertificateReason.CRL_UNAVAILABLE;
				}
				if (crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
					log.warn("CRL {} of {} is past its next update {}; still used", crls.path(), crl.getIssuer(),
							crl.getNextUpdate());
				}
				if (crl.getRevokedCertificate(certificate.getSerialNumber()) != null) {
					return CertificateReason.REVOKED;
				}
			}
		}
		return null;
	}

	private static <T> T read(ReloadingFile<T> file) {
		if (file == null) {
			return null;
		}
		try {
			return file.get();
		}
		catch (IOException | RuntimeException e) {
			log.error("Cannot read {}: {}", file.path(), e.toString());
			return null;
		}
	}
}
