package com.dossier.verification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The clerk's home. Applications, the queue and decisions come with the verification feature. */
@Controller
class WorkbenchController {

	@GetMapping("/clerk")
	String workbench() {
		return "verification/workbench";
	}
}
