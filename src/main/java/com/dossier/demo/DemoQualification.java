package com.dossier.demo;

import java.util.List;

import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationApplication.Result;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.DossierException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * 资质申请 in the demo: level B made the way the product makes it (an application filed by
 * the operator, approved by demo-reviewer), and one application left in demo-reviewer's
 * queue.
 */
@Component
class DemoQualification {

	static final String REVIEWER = "demo-reviewer";

	private static final Logger log = LoggerFactory.getLogger(DemoQualification.class);

	private final QualificationService qualification;

	DemoQualification(QualificationService qualification) {
		this.qualification = qualification;
	}

	/** The C records become B through an application demo-reviewer approved. */
	void approved(CurrentUser operator, List<Long> records) {
		if (records.isEmpty()) {
			return;
		}
		String number = DemoUsers
			.as(operator, () -> qualification.file(operator, Kind.FIRST, "design-building", "B", records))
			.number();
		CurrentUser reviewer = reviewer();
		DemoUsers.as(reviewer, () -> {
			qualification.claim(reviewer, number);
			return qualification.decide(reviewer, number, Result.APPROVE, "材料齐全，准予通过。");
		});
	}

	/** An upgrade citing these records, waiting for a reviewer. */
	void leaveOpen(CurrentUser operator, List<Long> records) {
		try {
			String number = DemoUsers
				.as(operator, () -> qualification.file(operator, Kind.UPGRADE, "design-building", "A", records))
				.number();
			log.info("Demo qualification application {} filed", number);
		}
		catch (DossierException e) {
			// A demo must not stop the application.
			log.warn("Demo qualification application of records {} refused: {}", records, e.code());
		}
	}

	private static CurrentUser reviewer() {
		return new CurrentUser(0, REVIEWER, Role.REVIEWER, null);
	}

}
