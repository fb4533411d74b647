package com.dossier.qualification.web;

import java.util.List;

import com.dossier.qualification.Catalogue;

/**
 * The administrator's form on the catalogue page: a new category with its first grade, or
 * one more grade for a category (whose names the page fills in from the catalogue).
 */
public class CatalogueForm {

	private String category;

	private String nameZh;

	private String nameEn;

	private String grade;

	private String gradeZh;

	private String gradeEn;

	Catalogue.Name name() {
		return new Catalogue.Name(nameZh, nameEn);
	}

	List<Catalogue.Grade> grades() {
		return List.of(new Catalogue.Grade(grade, new Catalogue.Name(gradeZh, gradeEn)));
	}

	/** The service names its fields as the API does; this form's names for them. */
	static String field(String serviceField) {
		if (serviceField.equals("name")) {
			return "nameZh";
		}
		if (serviceField.endsWith(".name")) {
			return "gradeZh";
		}
		return serviceField.startsWith("grades") ? "grade" : serviceField;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getGrade() {
		return grade;
	}

	public void setGrade(String grade) {
		this.grade = grade;
	}

	public String getGradeZh() {
		return gradeZh;
	}

	public void setGradeZh(String gradeZh) {
		this.gradeZh = gradeZh;
	}

	public String getGradeEn() {
		return gradeEn;
	}

	public void setGradeEn(String gradeEn) {
		this.gradeEn = gradeEn;
	}

}
