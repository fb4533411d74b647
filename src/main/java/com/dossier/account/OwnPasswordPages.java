package com.dossier.account;

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
 * 修改密码 for every signed-in account, linked from the header; where a password set by
 * someone else leads, and then on to the role's home.
 */
@Controller
class OwnPasswordPages {

	/** The form: both passwords are never shown back. */
	public static class PasswordForm {

		private String current;

		private String password;

		public String getCurrent() {
			return current;
		}

		public void setCurrent(String current) {
			this.current = current;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	private final OwnPassword passwords;

	private final Flash flash;

	OwnPasswordPages(OwnPassword passwords, Flash flash) {
		this.passwords = passwords;
		this.flash = flash;
	}

	@GetMapping(PasswordChangeGate.PAGE)
	String form(Model model) {
		model.addAttribute("form", new PasswordForm());
		return page(model);
	}

	@PostMapping(PasswordChangeGate.PAGE)
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		try {
			passwords.change(user, form.getCurrent(), form.getPassword());
		}
		catch (InvalidInputException e) {
			Forms.bind(e, result);
			return page(model);
		}
		catch (ConflictException e) {
			result.reject("validation.version_conflict");
			return page(model);
		}
		finally {
			form.setCurrent(null);
			form.setPassword(null);
		}
		flash.success(redirect, "password.changed");
		return "redirect:" + user.role().home();
	}

	private String page(Model model) {
		model.addAttribute("forced", CurrentUser.require().mustChangePassword());
		return "account/password";
	}

}
