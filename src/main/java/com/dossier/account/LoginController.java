package com.dossier.account;

import com.dossier.certificate.CertificateLoginException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the portal home has the same box); a signed-in user goes straight to the role's home. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		var user = CurrentUser.find();
		if (user.isPresent()) {
			return "redirect:" + RoleHomes.homeOf(user.get().role());
		}
		model.addAttribute("loginError", error == null ? null
				: CertificateLoginException.isCode(error) ? "error." + error : "login.error." + switch (error) {
					case "locked" -> "locked";
					case "disabled" -> "disabled";
					default -> "bad";
				});
		return "account/login";
	}

	@GetMapping("/admin")
	String adminHome() {
		return "account/admin-home";
	}
}
