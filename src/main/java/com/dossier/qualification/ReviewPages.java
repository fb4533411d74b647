package com.dossier.qualification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reviewer's list of qualification applications to approve; empty until that feature
 * is built.
 */
@Controller
class ReviewPages {

	@GetMapping("/review")
	String list() {
		return "qualification/review";
	}

}
