package com.dossier.account;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dossier.shared.ConflictException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Role;
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

/**
 * Administrators create accounts, assign role and enterprise, reset passwords, disable,
 * enable, and lift a sign-in throttle.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminPages {

	private final AccountService accounts;

	private final Flash flash;

	AccountAdminPages(AccountService accounts, Flash flash) {
		this.accounts = accounts;
		this.flash = flash;
	}

	/** The role choice of the forms: each role's name in the user's language. */
	@ModelAttribute("roleOptions")
	Map<String, String> roleOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			options.put(role.name(), flash.text("role." + role.name()));
		}
		return options;
	}

	@ModelAttribute("enterpriseRoleOptions")
	Map<String, String> enterpriseRoleOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (EnterpriseRole role : EnterpriseRole.values()) {
			options.put(role.name(), flash.text("users.role." + role.name()));
		}
		return options;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", accounts.find(q, Page.number(page), 20));
		return "account/admin-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		AccountForm form = new AccountForm();
		form.setEnterpriseRole(EnterpriseRole.CERTIFICATE_ADMIN);
		form.setPermissions(EnterpriseRole.CERTIFICATE_ADMIN.defaults());
		model.addAttribute("form", form);
		return "account/admin-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			long id = accounts.create(form.toNewAccount());
			flash.success(redirect, "admin.saved");
			return "redirect:/admin/accounts/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			form.setPassword(null);
			return "account/admin-new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = accounts.get(id);
		model.addAttribute("account", account);
		model.addAttribute("form", AccountForm.of(account));
		return "account/admin-detail";
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, form, result, model, redirect, () -> accounts.assign(id, form.getVersion(), form.getRole(),
				form.getEnterpriseCreditCode(), form.getEnterpriseRole(), form.getPermissions()));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return change(id, form, result, model, redirect,
				() -> accounts.resetPassword(id, form.getVersion(), form.getPassword()));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		return simple(id, redirect, () -> accounts.setEnabled(id, version, enabled));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return simple(id, redirect, () -> accounts.unlock(id));
	}

	private String change(long id, AccountForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Runnable action) {
		try {
			action.run();
			flash.success(redirect, "admin.saved");
			return "redirect:/admin/accounts/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
		}
		catch (ConflictException e) {
			result.reject("validation.version_conflict");
		}
		form.setPassword(null);
		model.addAttribute("account", accounts.get(id));
		return "account/admin-detail";
	}

	private String simple(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			flash.success(redirect, "admin.saved");
		}
		catch (ConflictException e) {
			flash.error(redirect, "validation.version_conflict");
		}
		return "redirect:/admin/accounts/" + id;
	}

}
