package com.dossier.qualification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.print.PaperSeal;
import com.dossier.shared.print.PrintedPaper;

import org.springframework.stereotype.Component;

/**
 * The printed 资质申请表 as {@code /verify} checks it: the digest covers what the filing fixed
 * (number, enterprise, the qualification asked for, each cited record with its level
 * then); the status is read fresh.
 */
@Component
public class PrintedQualifications implements PrintedPaper {

	private final QualificationService qualification;

	PrintedQualifications(QualificationService qualification) {
		this.qualification = qualification;
	}

	public String digest(QualificationApplication a) {
		List<String> parts = new ArrayList<>(List.of("qualification-form", a.number(), a.creditCode(), a.kind().name(),
				a.category(), a.grade(), a.submittedAt().toString()));
		a.items().forEach(i -> parts.add(i.recordId() + ":" + i.level()));
		return PaperSeal.digest(parts);
	}

	@Override
	public boolean issues(String number) {
		return number.startsWith("Z");
	}

	@Override
	public Optional<State> find(String number) {
		if (!ApplicationNumber.isValid(number)) {
			return Optional.empty();
		}
		return qualification.findPublic(new ApplicationNumber(number))
			.map(a -> new State("qualification.print.title", a.number(), a.enterpriseName(), a.submittedAt(),
					"qualification.status." + a.status(), digest(a)));
	}

}
