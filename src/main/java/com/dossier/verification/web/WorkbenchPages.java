package com.dossier.verification.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.print.PaperCheck;
import com.dossier.shared.print.PaperSeal;
import com.dossier.shared.print.PrintedPaper;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.RejectionReasons;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.ConflictException;
import com.dossier.shared.DossierException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;
import com.dossier.verification.ClerkQueue;
import com.dossier.shared.KeysetRequest;
import com.dossier.verification.QueueFilter;
import com.dossier.verification.VerificationApplication;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationApplication.Status;
import com.dossier.verification.ScanPages;
import com.dossier.verification.ScanSource;
import com.dossier.verification.VerificationService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The clerk's workbench: open an application by its (scanned) number, the queue, claiming
 * and deciding items.
 */
@Controller
class WorkbenchPages {

	static final int QUEUE_PAGE = 20;

	private final VerificationService verification;

	private final ClerkQueue queue;

	private final HandbookService handbook;

	private final EnterpriseService enterprises;

	private final ItemLines lines;

	private final Flash flash;

	private final SectionTexts texts;

	private final RejectionReasons reasons;

	private final List<ScanSource> scanSources;

	private final List<ScanPages> scanPages;

	private final PaperCheck papers;

	WorkbenchPages(VerificationService verification, ClerkQueue queue, HandbookService handbook,
			EnterpriseService enterprises, ItemLines lines, Flash flash, SectionTexts texts, RejectionReasons reasons,
			List<ScanSource> scanSources, List<ScanPages> scanPages, PaperCheck papers) {
		this.papers = papers;
		this.queue = queue;
		this.texts = texts;
		this.reasons = reasons;
		this.scanSources = scanSources;
		this.scanPages = scanPages;
		this.verification = verification;
		this.handbook = handbook;
		this.enterprises = enterprises;
		this.lines = lines;
		this.flash = flash;
	}

	/**
	 * The queue by keyset: {@code after} / {@code before} carry the cursor of the last /
	 * first row shown, {@code last} asks for the newest page. A cursor that is not one of
	 * ours goes back to the first page with a message.
	 */
	@GetMapping("/clerk")
	String workbench(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Status status, @RequestParam(required = false) String enterprise,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before,
			@RequestParam(required = false) String last, Model model, RedirectAttributes redirect) {
		String base = UriComponentsBuilder.fromPath("/clerk")
			.queryParamIfPresent("date", Optional.ofNullable(date))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("enterprise", Optional.ofNullable(enterprise).filter(s -> !s.isBlank()))
			.build()
			.encode()
			.toUriString();
		Optional<KeysetRequest> request = KeysetRequest.of(after, before, last != null);
		if (request.isEmpty()) {
			flash.error(redirect, "workbench.queue.bad-cursor");
			return "redirect:" + base;
		}
		model.addAttribute("queue", queue.slice(new QueueFilter(date, status, enterprise), request.get(), QUEUE_PAGE));
		model.addAttribute("date", date);
		model.addAttribute("status", status);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("base", base);
		return "verification/workbench";
	}

	/**
	 * What the scanner types, followed by Enter: the number (Code 128) or the QR code's
	 * verification address, whose signature must hold before the number inside counts.
	 */
	@GetMapping("/clerk/open")
	String open(@RequestParam(required = false) String number, RedirectAttributes redirect) {
		try {
			String scanned = number;
			if (PaperSeal.looksLikeToken(number)) {
				Optional<PrintedPaper.State> paper = papers.genuine(number);
				if (paper.isEmpty()) {
					flash.error(redirect, "error.print.forged");
					return "redirect:/clerk";
				}
				scanned = paper.get().number();
			}
			VerificationApplication a = verification.get(CurrentUser.require(), scanned);
			return "redirect:/clerk/applications/" + a.number();
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
			return "redirect:/clerk";
		}
	}

	@GetMapping("/clerk/applications/{number}")
	String application(@PathVariable String number, Model model) {
		VerificationApplication a = verification.get(CurrentUser.require(), number);
		model.addAttribute("app", a);
		model.addAttribute("enterprise", enterprises.get(a.enterpriseId()));
		model.addAttribute("lines", lines.of(a));
		return "verification/application";
	}

	@PostMapping("/clerk/applications/{number}/claim")
	String claim(@PathVariable String number, RedirectAttributes redirect) {
		try {
			verification.claim(CurrentUser.require(), number);
			flash.success(redirect, "verification.flash.claimed", number);
		}
		catch (ConflictException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/clerk/applications/" + number;
	}

	@GetMapping("/clerk/applications/{number}/items/{recordId}")
	String item(@PathVariable String number, @PathVariable long recordId, Model model) {
		VerificationApplication a = verification.get(CurrentUser.require(), number);
		VerificationApplication.Item item = item(a, recordId);
		HandbookRecord record = handbook.own(a.enterpriseId(), recordId);
		SectionDefinition section = handbook.definition(record);
		model.addAttribute("page",
				new ItemPage(a.number(), recordId, texts.text(section.nameKey()), lines.allFields(section, record),
						scanSources.stream().flatMap(s -> s.scans(recordId).stream()).toList(), item.decided(),
						item.decided() ? texts.text("verification.decision." + item.decision()) : null,
						item.decidedBy(), reasons.shown(item.reason()),
						CurrentUser.require().username().equals(a.claimedBy()), RejectionReasons.CODES));
		return "verification/item";
	}

	/**
	 * A page of a PDF scan as a picture (the browser would download the PDF itself): for
	 * whoever may see the application, and only scans of its records.
	 */
	@GetMapping("/clerk/applications/{number}/items/{recordId}/scans/{scanId}/pages/{page}.png")
	ResponseEntity<byte[]> scanPage(@PathVariable String number, @PathVariable long recordId, @PathVariable long scanId,
			@PathVariable int page) {
		item(verification.get(CurrentUser.require(), number), recordId);
		byte[] png = scanPages.stream()
			.map(p -> p.png(recordId, scanId, page))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("attachment.not_found"));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(png);
	}

	private static VerificationApplication.Item item(VerificationApplication a, long recordId) {
		VerificationApplication.Item item = a.item(recordId);
		if (item == null) {
			throw new NotFoundException("item.not_found");
		}
		return item;
	}

	@PostMapping("/clerk/applications/{number}/items/{recordId}/decision")
	String decide(@PathVariable String number, @PathVariable long recordId,
			@RequestParam(required = false) Decision result, @RequestParam(required = false) String reasonChoice,
			@RequestParam(required = false) String reasonText, RedirectAttributes redirect) {
		String reason = reasons.stored(reasonChoice, reasonText);
		try {
			VerificationApplication a = verification.decide(CurrentUser.require(), number, recordId, result,
					result == Decision.PASS ? null : reason);
			flash.success(redirect,
					a.status() == Status.COMPLETED ? "verification.flash.completed" : "verification.flash.decided",
					number);
			return "redirect:/clerk/applications/" + number;
		}
		catch (InvalidInputException e) {
			flash.error(redirect, "verification.decision.reason-required");
		}
		catch (ConflictException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/clerk/applications/" + number + "/items/" + recordId;
	}

}
