package com.dossier.verification;

import java.util.Optional;

import com.dossier.portal.ApplicationStatus;
import com.dossier.portal.ApplicationStatusLookup;
import com.dossier.shared.ApplicationNumber;

import org.springframework.stereotype.Component;

/**
 * Answers the portal's 申请编号 query: status, filing time and counts, nothing about who
 * filed what.
 */
@Component
class PublicStatusLookup implements ApplicationStatusLookup {

	private final VerificationService verification;

	PublicStatusLookup(VerificationService verification) {
		this.verification = verification;
	}

	@Override
	public Optional<ApplicationStatus> find(ApplicationNumber number) {
		return verification.findPublic(number)
			.map(a -> new ApplicationStatus(a.number(), a.status().name(), a.submittedAt(), a.items().size(),
					a.decidedCount()));
	}

}
