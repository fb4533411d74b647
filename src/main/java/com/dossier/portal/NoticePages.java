package com.dossier.portal;

import com.dossier.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public notice list (newest first) and each notice. */
@Controller
class NoticePages {

	private final NoticeService notices;

	NoticePages(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String list(@RequestParam(required = false) Notice.Category category, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("category", category);
		model.addAttribute("page", notices.page(category, Page.number(page), 20));
		model.addAttribute("base", category == null ? "/notices" : "/notices?category=" + category);
		return "portal/notices";
	}

	@GetMapping("/notices/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("notice", notices.get(id));
		return "portal/notice";
	}

}
