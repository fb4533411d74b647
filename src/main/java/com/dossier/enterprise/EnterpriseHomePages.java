package com.dossier.enterprise;

import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The operator's 诚信手册 shell: its home is 企业基本信息. Menu entries whose features are not
 * built yet say so plainly rather than pretend.
 */
@Controller
class EnterpriseHomePages {

	/**
	 * Menu entries of the guide that this product does not (yet) provide; keys of
	 * messages/enterprise.
	 */
	private static final java.util.Set<String> NOT_YET = java.util.Set.of("supervision", "personnel", "safety-licence",
			"print", "projects", "enterprise-services", "personnel-services");

	private final EnterpriseService enterprises;

	EnterpriseHomePages(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping({ "/handbook", "/handbook/basic-info" })
	String basicInfo(Model model) {
		model.addAttribute("enterprise", enterprises.get(CurrentUser.require().requireEnterpriseId()));
		model.addAttribute("activeMenu", "basic-info");
		return "enterprise/basic-info";
	}

	@GetMapping("/handbook/pending/{entry}")
	String notYet(@PathVariable String entry, Model model) {
		if (!NOT_YET.contains(entry)) {
			throw new NotFoundException("not_found");
		}
		model.addAttribute("entry", entry);
		model.addAttribute("activeMenu", entry);
		return "enterprise/not-yet";
	}

}
