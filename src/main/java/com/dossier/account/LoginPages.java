package com.dossier.account;

import com.dossier.certificate.CertificateLoginException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (the portal home has the same box); a signed-in user goes straight to
 * the role's home.
 */
@Controller
class LoginPages {

	private final Flash texts;

	LoginPages(Flash texts) {
		this.texts = texts;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
			Model model) {
		var user = CurrentUser.find();
		if (user.isPresent()) {
			return "redirect:" + RoleHomes.homeOf(user.get().role());
		}
		if (error != null) {
			String key = CertificateLoginException.isCode(error) ? "error." + error : "login.error." + switch (error) {
				case "throttled" -> "throttled";
				case "disabled" -> "disabled";
				default -> "bad";
			};
			model.addAttribute("loginError", texts.text(key, minutes(wait)));
		}
		return "account/login";
	}

	@GetMapping("/admin")
	String adminHome() {
		return "account/admin-home";
	}

	/**
	 * The minutes the failure handler put in the link, within what a throttle can ask
	 * for.
	 */
	private static long minutes(String wait) {
		long cap = Math.max(LoginThrottle.ACCOUNT.cap().toMinutes(), LoginThrottle.ADDRESS.cap().toMinutes());
		try {
			return Math.min(cap, Math.max(1, Long.parseLong(wait)));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
