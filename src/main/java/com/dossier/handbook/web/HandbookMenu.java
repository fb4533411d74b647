package com.dossier.handbook.web;

import com.dossier.handbook.HandbookService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Supplies the shell's left menu with the sections of 信息自助变更, marking the one open. */
@Component
class HandbookMenu {

	private final HandbookService handbook;

	HandbookMenu(HandbookService handbook) {
		this.handbook = handbook;
	}

	void addTo(Model model, long enterpriseId, String activeSection) {
		model.addAttribute("menuSections", handbook.sections(enterpriseId));
		model.addAttribute("activeSection", activeSection);
	}
}
