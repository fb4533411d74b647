package com.dossier.enterprise;

import com.dossier.shared.ConflictException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.web.Flash;
import com.dossier.shared.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create enterprises and keep their basic (level-A) data. */
@Controller
@RequestMapping("/admin/enterprises")
class EnterpriseAdminPages {

	private final EnterpriseService enterprises;

	private final Flash flash;

	EnterpriseAdminPages(EnterpriseService enterprises, Flash flash) {
		this.enterprises = enterprises;
		this.flash = flash;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", enterprises.search(q, Page.number(page), 20));
		return "enterprise/admin-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new EnterpriseForm());
		return "enterprise/admin-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") EnterpriseForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Forms.bind(enterprises.check(form.toData()), result);
			return "enterprise/admin-form";
		}
		try {
			long id = enterprises.create(form.toData());
			flash.success(redirect, "admin.saved");
			return "redirect:/admin/enterprises/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return "enterprise/admin-form";
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", EnterpriseForm.of(enterprises.get(id)));
		model.addAttribute("enterpriseId", id);
		return "enterprise/admin-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("enterpriseId", id);
		if (result.hasErrors()) {
			Forms.bind(enterprises.check(form.toData()), result);
			return "enterprise/admin-form";
		}
		try {
			enterprises.update(id, form.getVersion(), form.toData());
			flash.success(redirect, "admin.saved");
			return "redirect:/admin/enterprises/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return "enterprise/admin-form";
		}
		catch (ConflictException e) {
			result.reject("validation.version_conflict");
			return "enterprise/admin-form";
		}
	}

}
