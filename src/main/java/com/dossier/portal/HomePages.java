package com.dossier.portal;

import java.util.Set;

import com.dossier.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal home of the guide: categories, notices, service lists, tabs, the query box
 * and the login box.
 */
@Controller
class HomePages {

	static final Set<String> TABS = Set.of("guide", "apply", "forms", "status");

	/**
	 * Categories of the service hall that this product does not serve (only 企业 leads in).
	 */
	static final Set<String> OTHER_CATEGORIES = Set.of("project", "personnel", "materials", "pipelines", "gas");

	/**
	 * Services of the home page that a later issue builds (the self-check, the licences).
	 */
	static final Set<String> NOT_YET = Set.of("qualification", "safety-licence");

	private final NoticeService notices;

	HomePages(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String tab, @RequestParam(required = false) String logout,
			Model model) {
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("tab", tab != null && TABS.contains(tab) ? tab : "guide");
		model.addAttribute("notices", notices.latest(Notice.Category.NOTICE, 6));
		model.addAttribute("hot", notices.latest(Notice.Category.HOT, 6));
		model.addAttribute("approvals", notices.latest(Notice.Category.APPROVAL, 6));
		return "portal/home";
	}

	/**
	 * The 行政审批 and 网上服务 entries of the home page that lead nowhere yet: they say so
	 * (issue 14 #17).
	 */
	@GetMapping("/services/{code}")
	String notYet(@PathVariable String code, Model model) {
		if (!NOT_YET.contains(code)) {
			throw new NotFoundException("not_found");
		}
		model.addAttribute("code", code);
		return "portal/not-yet";
	}

	@GetMapping("/category/{code}")
	String otherCategory(@PathVariable String code, Model model) {
		if (!OTHER_CATEGORIES.contains(code)) {
			throw new NotFoundException("not_found");
		}
		model.addAttribute("code", code);
		return "portal/out-of-scope";
	}

}
