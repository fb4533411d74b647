package com.dossier.qualification.web;

import com.dossier.qualification.Catalogue;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;
import com.dossier.shared.web.Forms;

import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 资质类别与等级 for administrators: the catalogue applications choose from, extended here as
 * through {@code POST /api/v1/admin/qualification-catalogue} (same checks, same audit).
 * Nothing is removed or renamed: applications already filed name these codes.
 */
@Controller
@Secured("ROLE_ADMIN")
@RequestMapping("/admin/qualification-catalogue")
class CatalogueAdminPages {

	private final Catalogue catalogue;

	private final Flash flash;

	CatalogueAdminPages(Catalogue catalogue, Flash flash) {
		this.catalogue = catalogue;
		this.flash = flash;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", new CatalogueForm());
		return show(model);
	}

	@PostMapping
	String extend(@ModelAttribute("form") CatalogueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// A grade for a known category: its names are the catalogue's, not retyped.
		var known = catalogue.find(form.getCategory());
		known.ifPresent(c -> {
			form.setNameZh(c.name().zh());
			form.setNameEn(c.name().en());
		});
		if (known.flatMap(c -> c.grade(form.getGrade())).isPresent()) {
			result.rejectValue("grade", "qualification.catalogue.grade_exists");
			return show(model);
		}
		try {
			catalogue.add(CurrentUser.require(), form.getCategory(), form.name(), form.grades());
		}
		catch (InvalidInputException e) {
			FieldErrors named = new FieldErrors();
			e.errors().all().forEach(f -> named.reject(CatalogueForm.field(f.field()), f.code(), f.args()));
			Forms.bind(named, result);
			return show(model);
		}
		flash.success(redirect, "qualification.catalogue.saved");
		return "redirect:/admin/qualification-catalogue";
	}

	private String show(Model model) {
		model.addAttribute("categories", catalogue.all());
		return "qualification/admin-catalogue";
	}

}
