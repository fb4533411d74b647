package com.dossier.print;

import com.dossier.shared.print.PaperCheck;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a phone opens from a printed paper's QR code, without signing in: genuine or not,
 * the kind of paper, its number, the enterprise's name (public, as on its licence), when
 * it was filed or printed, and where it stands now. Nothing else: no contact, no record,
 * no field. A forged or altered code is answered 404 with a page that says so.
 */
@Controller
class VerifyPages {

	private final PaperCheck check;

	VerifyPages(PaperCheck check) {
		this.check = check;
	}

	@GetMapping("/verify/{token}")
	String verify(@PathVariable String token, Model model, HttpServletResponse response) {
		var paper = check.genuine(token);
		if (paper.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("paper", paper.orElse(null));
		return "print/verify";
	}

}
