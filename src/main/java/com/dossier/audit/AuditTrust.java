package com.dossier.audit;

import java.time.Clock;
import java.util.Optional;

import com.dossier.audit.AnchorFile.Anchor;
import com.dossier.audit.AuditEvent.Outcome;
import com.dossier.audit.ChainRepository.Head;
import com.dossier.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * What makes the log trustworthy to an assessor, on demand (administrators) and on a
 * schedule ({@link AuditSchedule}): verify the chain (kept, so every node's page shows
 * the last outcome; an ERROR alarm in the log when it is broken), anchor its head outside
 * the database, archive old entries. Each run is itself an audit entry.
 */
@Service
class AuditTrust {

	/**
	 * The logger the alarm and the anchors are written to: route it to syslog to ship
	 * them.
	 */
	static final Logger ALARM = LoggerFactory.getLogger("com.dossier.audit.chain");

	enum Trigger {

		MANUAL, SCHEDULED

	}

	private final ChainVerifier verifier;

	private final VerificationRepository verifications;

	private final ChainRepository chain;

	private final AnchorFile anchors;

	private final AuditArchive archive;

	private final AuditLog log;

	private final Clock clock;

	AuditTrust(ChainVerifier verifier, VerificationRepository verifications, ChainRepository chain, AnchorFile anchors,
			AuditArchive archive, AuditLog log, Clock clock) {
		this.verifier = verifier;
		this.verifications = verifications;
		this.chain = chain;
		this.anchors = anchors;
		this.archive = archive;
		this.log = log;
		this.clock = clock;
	}

	ChainCheck verify(Trigger trigger) {
		ChainCheck check = verifier.verify();
		verifications.save(check, trigger);
		if (check.valid()) {
			ALARM.info("Audit chain verified: {} entries intact, head at position {}", check.checked(),
					check.headPosition());
		}
		else {
			ChainCheck.Broken b = check.firstBroken();
			ALARM.error("AUDIT CHAIN BROKEN: first broken entry id={} at={} position={} ({}); {} entries intact"
					+ " before it. Someone changed the audit log outside the application: see docs/operations.md",
					b.id(), b.at(), b.position(), b.reason(), check.checked());
		}
		audit("audit.verified", check.valid() ? Outcome.SUCCESS : Outcome.FAILURE,
				"checked=" + check.checked() + (check.valid() ? "" : " broken=" + check.firstBroken()));
		return check;
	}

	Optional<VerificationRepository.Last> lastVerification() {
		return verifications.last();
	}

	/**
	 * Writes the head to the log and the anchor file; what was written, and whether the
	 * file took it.
	 */
	Anchored anchor() {
		Head head = chain.head();
		Anchor anchor = new Anchor(clock.instant(), head.position(), head.hash());
		ALARM.info("Audit chain {}", anchor.line());
		boolean written = anchors.append(anchor);
		audit("audit.anchored", written || !anchors.enabled() ? Outcome.SUCCESS : Outcome.FAILURE,
				"position=" + head.position() + " hash=" + head.hash());
		return new Anchored(anchor, written);
	}

	record Anchored(Anchor anchor, boolean written) {
	}

	long archive() {
		long moved = archive.archive();
		if (moved > 0) {
			ALARM.info("Audit entries archived: {}", moved);
			audit("audit.archived", Outcome.SUCCESS, "entries=" + moved);
		}
		return moved;
	}

	Head head() {
		return chain.head();
	}

	boolean anchorFileEnabled() {
		return anchors.enabled();
	}

	/** By the signed-in administrator, or by the system on a schedule. */
	private void audit(String action, Outcome outcome, String detail) {
		String actor = CurrentUser.find().isPresent() ? null : "system";
		log.on(AuditEvent.byActor(action, outcome, actor, detail));
	}

}
