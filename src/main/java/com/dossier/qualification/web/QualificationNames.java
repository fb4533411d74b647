package com.dossier.qualification.web;

import com.dossier.qualification.Catalogue;

/** A category and grade as people read them; the codes when the catalogue lost them. */
final class QualificationNames {

	private QualificationNames() {
	}

	static String of(Catalogue catalogue, String category, String grade, boolean english) {
		return catalogue.find(category).map(c -> {
			String g = c.grade(grade).map(x -> english ? x.name().en() : x.name().zh()).orElse(grade);
			return (english ? c.name().en() : c.name().zh()) + " " + g;
		}).orElse(category + " " + grade);
	}

}
