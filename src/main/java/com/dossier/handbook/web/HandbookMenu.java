package com.dossier.handbook.web;

import java.util.List;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The 信息自助变更 sub-menu of the shell (model attribute {@code menuSections}) on every page of an enterprise
 * operator, with the foreign-* sections only for foreign-invested enterprises.
 */
@ControllerAdvice(annotations = Controller.class)
class HandbookMenu {

	/** One entry of the sub-menu, as templates/shell.html reads it. */
	record Entry(String code, String href, String label) {
	}

	private final HandbookService handbook;

	private final SectionTexts texts;

	HandbookMenu(HandbookService handbook, SectionTexts texts) {
		this.handbook = handbook;
		this.texts = texts;
	}

	@ModelAttribute("menuSections")
	List<Entry> menuSections() {
		return CurrentUser.find()
			.filter(u -> u.is(Role.ENTERPRISE) && u.enterpriseId() != null)
			.map(u -> handbook.sections(u.enterpriseId())
				.stream()
				.map(s -> new Entry(s.code(), "/handbook/sections/" + s.code(), texts.text(s.nameKey())))
				.toList())
			.orElse(null);
	}

	/** Highlights the open section in the shell's menu ("sections" for the index). */
	static void activate(Model model, String sectionCode) {
		model.addAttribute("activeMenu", sectionCode == null ? "sections" : sectionCode);
	}
}
