package com.dossier.account;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dossier.shared.ConflictException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.EnterpriseRole;
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
 * 用户管理 pages: the enterprise's accounts, a new operator, role and permissions, a password
 * reset, disable / enable, and the account's personal certificates (bound by the
 * certificate module once {@link EnterpriseUsers} has found the account to be the
 * manager's enterprise's). Every refusal comes from the services.
 */
@Controller
@RequestMapping("/handbook/users")
class EnterpriseUserPages {

	private final EnterpriseUsers users;

	private final Flash flash;

	EnterpriseUserPages(EnterpriseUsers users, Flash flash) {
		this.users = users;
		this.flash = flash;
	}

	@ModelAttribute("roleOptions")
	Map<String, String> roleOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (EnterpriseRole role : EnterpriseRole.values()) {
			options.put(role.name(), flash.text("users.role." + role.name()));
		}
		return options;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		Page<AccountView> accounts = users.list(CurrentUser.require(), Page.number(page), 20);
		model.addAttribute("page", accounts);
		model.addAttribute("activeMenu", "users");
		return "account/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		// the form is no use to someone the service would refuse: refused here already
		users.list(CurrentUser.require(), 0, 1);
		model.addAttribute("form", new UserForm());
		return newPage(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			long id = users.create(CurrentUser.require(), form.toNew());
			flash.success(redirect, "users.created", form.getUsername());
			return "redirect:/handbook/users/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
		}
		catch (ConflictException e) {
			result.reject("error." + e.code(), e.args(), e.code());
		}
		form.setPassword(null);
		return newPage(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountView account = users.get(CurrentUser.require(), id);
		model.addAttribute("form", UserForm.of(account));
		return detail(account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return change(id, form, result, model, redirect,
				() -> users.update(CurrentUser.require(), id, form.toChange()));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return change(id, form, result, model, redirect,
				() -> users.resetPassword(CurrentUser.require(), id, form.getPassword()));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		try {
			users.update(CurrentUser.require(), id, new UserRequest(null, null, null, null, null, enabled, version));
			flash.success(redirect, enabled ? "users.enabled" : "users.disabled");
		}
		catch (ConflictException e) {
			flash.error(redirect, "error." + e.code(), e.args());
		}
		return "redirect:/handbook/users/" + id;
	}

	private String change(long id, UserForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Runnable action) {
		try {
			action.run();
			flash.success(redirect, "users.saved");
			return "redirect:/handbook/users/" + id;
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
		}
		catch (ConflictException e) {
			result.reject("error." + e.code(), e.args(), e.code());
		}
		form.setPassword(null);
		return detail(users.get(CurrentUser.require(), id), model);
	}

	private String newPage(Model model) {
		model.addAttribute("activeMenu", "users");
		return "account/user-new";
	}

	private String detail(AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("activeMenu", "users");
		return "account/user-detail";
	}

}
