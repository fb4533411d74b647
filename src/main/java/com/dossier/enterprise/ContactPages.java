package com.dossier.enterprise;

import com.dossier.shared.ConflictException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;
import com.dossier.shared.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 请完善以下信息: the contact person an operator must confirm before anything else, and can
 * change later.
 */
@Controller
class ContactPages {

	private final EnterpriseService enterprises;

	private final Flash flash;

	ContactPages(EnterpriseService enterprises, Flash flash) {
		this.enterprises = enterprises;
		this.flash = flash;
	}

	@GetMapping("/contact")
	String show(Model model) {
		Enterprise enterprise = enterprises.get(CurrentUser.require().requireEnterpriseId());
		model.addAttribute("form", ContactForm.of(enterprise));
		return page(enterprise, model);
	}

	@PostMapping("/contact")
	String save(@ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long enterpriseId = CurrentUser.require().requireEnterpriseId();
		try {
			enterprises.changeContact(enterpriseId, form.getVersion(), form.toContact());
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return page(enterprises.get(enterpriseId), model);
		}
		catch (ConflictException e) {
			result.reject("validation.version_conflict");
			return page(enterprises.get(enterpriseId), model);
		}
		flash.success(redirect, "contact.saved");
		return "redirect:/handbook";
	}

	private String page(Enterprise enterprise, Model model) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("history", enterprises.contactHistory(enterprise.id()));
		model.addAttribute("activeMenu", "contact");
		return "enterprise/contact";
	}

}
