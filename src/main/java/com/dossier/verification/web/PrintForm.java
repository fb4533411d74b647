package com.dossier.verification.web;

import java.util.List;
import java.util.Map;

import com.dossier.enterprise.Enterprise;
import com.dossier.shared.print.Papers;
import com.dossier.verification.PrintedApplications;
import com.dossier.verification.VerificationApplication;

import org.springframework.stereotype.Component;

/**
 * 书面材料打印 of a 原件校对 application: the paper ({@code verification/paper.jte}) as PDF, in the
 * layout every printed paper shares, with its signed QR code.
 */
@Component
class PrintForm {

	private final Papers papers;

	private final PrintedApplications printed;

	PrintForm(Papers papers, PrintedApplications printed) {
		this.papers = papers;
		this.printed = printed;
	}

	Papers.Seal seal(VerificationApplication a) {
		return papers.seal(a.number(), printed.digest(a));
	}

	byte[] render(VerificationApplication a, Enterprise enterprise, List<ItemLine> lines) {
		return papers.pdf("verification/paper.jte",
				Map.of("app", a, "enterprise", enterprise, "lines", lines, "seal", seal(a)));
	}

}
