package com.dossier.portal;

import com.dossier.shared.DossierException;
import com.dossier.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The result page of the portal's 申请编号 query box. */
@Controller
class StatusPages {

	private final ApplicationStatusQuery query;

	private final Flash flash;

	StatusPages(ApplicationStatusQuery query, Flash flash) {
		this.query = query;
		this.flash = flash;
	}

	@GetMapping("/status")
	String status(@RequestParam(required = false) String number, Model model) {
		model.addAttribute("number", number);
		try {
			model.addAttribute("result", query.find(number));
		}
		catch (DossierException e) {
			model.addAttribute("problem", flash.text(e.messageKey(), e.args()));
		}
		return "portal/status";
	}

}
