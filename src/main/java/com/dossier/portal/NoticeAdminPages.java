package com.dossier.portal;

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

@Controller
@RequestMapping("/admin/notices")
class NoticeAdminPages {

	private final NoticeService notices;

	private final Flash flash;

	NoticeAdminPages(NoticeService notices, Flash flash) {
		this.notices = notices;
		this.flash = flash;
	}

	@ModelAttribute("categories")
	Notice.Category[] categories() {
		return Notice.Category.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", notices.page(null, Page.number(page), 20));
		return "portal/admin-notices";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new NoticeForm());
		return "portal/admin-notice-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") NoticeForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			notices.publish(form.getCategory(), form.getTitle(), form.getBody());
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return "portal/admin-notice-form";
		}
		flash.success(redirect, "admin.saved");
		return "redirect:/admin/notices";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", NoticeForm.of(notices.get(id)));
		model.addAttribute("noticeId", id);
		return "portal/admin-notice-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") NoticeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("noticeId", id);
		try {
			notices.update(id, form.getVersion(), form.getCategory(), form.getTitle(), form.getBody());
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return "portal/admin-notice-form";
		}
		catch (ConflictException e) {
			result.reject("validation.version_conflict");
			return "portal/admin-notice-form";
		}
		flash.success(redirect, "admin.saved");
		return "redirect:/admin/notices";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		notices.delete(id);
		flash.success(redirect, "notice.deleted");
		return "redirect:/admin/notices";
	}

}
