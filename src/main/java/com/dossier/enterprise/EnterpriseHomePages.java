package com.dossier.enterprise;

import com.dossier.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The operator's 诚信手册 shell (its home, 企业基本信息, is the registry module's page). Menu
 * entries whose features are not built yet say so plainly rather than pretend.
 */
@Controller
class EnterpriseHomePages {

	/**
	 * Menu entries of the guide that this product does not (yet) provide; keys of
	 * messages/enterprise.
	 */
	private static final java.util.Set<String> NOT_YET = java.util.Set.of("print", "projects", "enterprise-services",
			"personnel-services");

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
