package com.dossier.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.print.PaperSeal;
import com.dossier.shared.print.PrintedPaper;

import org.springframework.stereotype.Component;

/**
 * The printed 原件校对申请表 as {@code /verify} checks it. Its digest covers what cannot change
 * once filed (number, enterprise, filing time, the records in order), so a paper stays
 * genuine while the application moves on; its status is read fresh.
 */
@Component
public class PrintedApplications implements PrintedPaper {

	private final VerificationService verification;

	private final EnterpriseService enterprises;

	PrintedApplications(VerificationService verification, EnterpriseService enterprises) {
		this.verification = verification;
		this.enterprises = enterprises;
	}

	public String digest(VerificationApplication a) {
		List<String> parts = new ArrayList<>(
				List.of("verification-form", a.number(), Long.toString(a.enterpriseId()), a.submittedAt().toString()));
		a.recordIds().forEach(id -> parts.add(Long.toString(id)));
		return PaperSeal.digest(parts);
	}

	@Override
	public boolean issues(String number) {
		return number.startsWith("W");
	}

	@Override
	public Optional<State> find(String number) {
		if (!ApplicationNumber.isValid(number)) {
			return Optional.empty();
		}
		return verification.findPublic(new ApplicationNumber(number))
			.map(a -> new State("verification.print.title", a.number(), enterprises.get(a.enterpriseId()).name(),
					a.submittedAt(), "application.status." + a.status(), digest(a)));
	}

}
