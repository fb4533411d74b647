package com.dossier.qualification.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.dossier.qualification.Catalogue;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.QualificationApplication.Result;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.qualification.QualificationService;
import com.dossier.qualification.ReviewQueue;
import com.dossier.shared.DossierException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.KeysetRequest;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviewer's pages: the queue (keyset pages, filters), an application with every
 * cited record beside its scans and history, claim, and the final decision.
 */
@Controller
class ReviewPages {

	private static final int QUEUE_PAGE = 20;

	private final QualificationService qualification;

	private final ReviewQueue queue;

	private final Catalogue catalogue;

	private final CitedLines lines;

	private final Flash flash;

	ReviewPages(QualificationService qualification, ReviewQueue queue, Catalogue catalogue, CitedLines lines,
			Flash flash) {
		this.qualification = qualification;
		this.queue = queue;
		this.catalogue = catalogue;
		this.lines = lines;
		this.flash = flash;
	}

	@GetMapping("/review")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Status status, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) String category, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, @RequestParam(required = false) String last, Model model,
			RedirectAttributes redirect) {
		String base = UriComponentsBuilder.fromPath("/review")
			.queryParamIfPresent("date", Optional.ofNullable(date))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("enterprise", Optional.ofNullable(enterprise).filter(s -> !s.isBlank()))
			.queryParamIfPresent("category", Optional.ofNullable(category).filter(s -> !s.isBlank()))
			.build()
			.encode()
			.toUriString();
		Optional<KeysetRequest> request = KeysetRequest.of(after, before, last != null);
		if (request.isEmpty()) {
			flash.error(redirect, "workbench.queue.bad-cursor");
			return "redirect:" + base;
		}
		var slice = queue.slice(new ReviewQueue.Filter(date, status, enterprise, category), request.get(), QUEUE_PAGE);
		model.addAttribute("queue",
				slice.map(e -> new ReviewRow(e, QualificationNames.of(catalogue, e.category(), e.grade(), english()))));
		model.addAttribute("date", date);
		model.addAttribute("status", status);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("category", category);
		model.addAttribute("catalogue", catalogue.all());
		model.addAttribute("statuses", List.of(Status.values()));
		model.addAttribute("base", base);
		return "qualification/review";
	}

	@GetMapping("/review/{number}")
	String application(@PathVariable String number, Model model) {
		QualificationApplication a = qualification.get(CurrentUser.require(), number);
		model.addAttribute("app", a);
		model.addAttribute("qualification", QualificationNames.of(catalogue, a.category(), a.grade(), english()));
		model.addAttribute("lines", lines.withEvidence(a));
		model.addAttribute("mine",
				a.status() == Status.IN_REVIEW && CurrentUser.require().username().equals(a.claimedBy()));
		return "qualification/decision";
	}

	@PostMapping("/review/{number}/claim")
	String claim(@PathVariable String number, RedirectAttributes redirect) {
		try {
			qualification.claim(CurrentUser.require(), number);
			flash.success(redirect, "qualification.flash.claimed", number);
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/review/" + number;
	}

	@PostMapping("/review/{number}/decision")
	String decide(@PathVariable String number, @RequestParam(required = false) Result result,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			qualification.decide(CurrentUser.require(), number, result, reason);
			flash.success(redirect, "qualification.flash.decided." + result, number);
		}
		catch (InvalidInputException e) {
			flash.error(redirect, "qualification.flash.reason-needed");
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/review/" + number;
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
