package com.dossier.audit;

import java.time.Instant;

import com.dossier.audit.AnchorFile.Anchor;
import com.dossier.audit.AuditTrust.Trigger;

import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DESIGN §11's verification of the chain, and an anchor on demand, for administrators.
 * {@code firstBroken} adds the position and the reason to the fixed {id, at}.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Secured("ROLE_ADMIN")
class AuditTrustApi {

	record VerificationJson(boolean valid, long checked, ChainCheck.Broken firstBroken, long headPosition,
			Instant verifiedAt) {

		static VerificationJson of(ChainCheck c) {
			return new VerificationJson(c.valid(), c.checked(), c.firstBroken(), c.headPosition(), c.verifiedAt());
		}

	}

	record AnchorJson(long position, String hash, Instant at, boolean written) {
	}

	private final AuditTrust trust;

	AuditTrustApi(AuditTrust trust) {
		this.trust = trust;
	}

	@GetMapping("/verification")
	VerificationJson verification() {
		return VerificationJson.of(trust.verify(Trigger.MANUAL));
	}

	/** {@code written}: whether an anchor file took it (the log always does). */
	@PostMapping("/anchor")
	AnchorJson anchor() {
		AuditTrust.Anchored anchored = trust.anchor();
		Anchor anchor = anchored.anchor();
		return new AnchorJson(anchor.position(), anchor.hash(), anchor.at(), anchored.written());
	}

}
