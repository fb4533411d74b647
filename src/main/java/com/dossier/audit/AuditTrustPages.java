package com.dossier.audit;

import com.dossier.audit.AuditTrust.Trigger;
import com.dossier.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit page's buttons: verify the chain now, anchor its head now. Post, then back to
 * the page with the outcome; the page shows the chain's state ({@link #status}).
 */
@Controller
class AuditTrustPages {

	private final AuditTrust trust;

	private final Flash flash;

	AuditTrustPages(AuditTrust trust, Flash flash) {
		this.trust = trust;
		this.flash = flash;
	}

	@PostMapping("/admin/audit/verify")
	String verify(RedirectAttributes redirect) {
		ChainCheck check = trust.verify(Trigger.MANUAL);
		if (check.valid()) {
			flash.success(redirect, "audit.chain.verified-ok", check.checked());
		}
		else {
			flash.error(redirect, "audit.chain.verified-broken",
					check.firstBroken().id() == null ? "—" : check.firstBroken().id().toString(),
					check.firstBroken().position());
		}
		return "redirect:/admin/audit";
	}

	@PostMapping("/admin/audit/anchor")
	String anchor(RedirectAttributes redirect) {
		AuditTrust.Anchored anchored = trust.anchor();
		if (anchored.written() || !trust.anchorFileEnabled()) {
			flash.success(redirect, "audit.chain.anchored", anchored.anchor().position());
		}
		else {
			flash.error(redirect, "audit.chain.anchor-failed", anchored.anchor().position());
		}
		return "redirect:/admin/audit";
	}

	static ChainStatus status(AuditTrust trust) {
		var head = trust.head();
		return trust.lastVerification()
			.map(v -> new ChainStatus(head.position(), head.at(), v.at(), v.valid(), v.checked(), v.brokenId(),
					v.brokenAt(), v.reason(), v.trigger(), trust.anchorFileEnabled()))
			.orElseGet(() -> new ChainStatus(head.position(), head.at(), null, false, 0, null, null, null, null,
					trust.anchorFileEnabled()));
	}

}
