package com.dossier.qualification;

import java.util.Optional;

import com.dossier.portal.ApplicationStatus;
import com.dossier.portal.ApplicationStatusLookup;
import com.dossier.shared.ApplicationNumber;

import org.springframework.stereotype.Component;

/**
 * Answers the portal's 申请编号 query for Z numbers: status, filing time, how many records it
 * cites and (once decided) that all were decided; nothing about who filed what.
 */
@Component
class QualificationStatusLookup implements ApplicationStatusLookup {

	private final QualificationService qualification;

	QualificationStatusLookup(QualificationService qualification) {
		this.qualification = qualification;
	}

	@Override
	public Optional<ApplicationStatus> find(ApplicationNumber number) {
		return qualification.findPublic(number)
			.map(a -> new ApplicationStatus(a.number(), a.status().name(), a.submittedAt(), a.items().size(),
					a.status().decided() ? a.items().size() : 0));
	}

}
