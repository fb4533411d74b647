package com.dossier.qualification.web;

import java.util.List;
import java.util.Map;

import com.dossier.qualification.PrintedQualifications;
import com.dossier.qualification.QualificationApplication;
import com.dossier.shared.print.Papers;

import org.springframework.stereotype.Component;

/**
 * The printed 资质申请表 as PDF ({@code qualification/paper.jte}), in the layout every printed
 * paper shares, with its signed QR code.
 */
@Component
class QualificationPrint {

	private final Papers papers;

	private final PrintedQualifications printed;

	QualificationPrint(Papers papers, PrintedQualifications printed) {
		this.papers = papers;
		this.printed = printed;
	}

	Papers.Seal seal(QualificationApplication a) {
		return papers.seal(a.number(), printed.digest(a));
	}

	byte[] render(QualificationApplication a, String qualification, List<CitedLine> lines) {
		return papers.pdf("qualification/paper.jte",
				Map.of("app", a, "qualification", qualification, "lines", lines, "seal", seal(a)));
	}

}
