package com.dossier.verification.web;

import java.util.List;
import java.util.stream.Collectors;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.ConflictException;
import com.dossier.shared.DossierException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.PermissionDeniedException;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;
import com.dossier.verification.FilingCandidates;
import com.dossier.verification.VerificationApplication;
import com.dossier.verification.ScanSource;
import com.dossier.verification.VerificationService;
import com.dossier.shared.print.Barcodes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's 提交原件校对 pages: pick records and file, the list of applications,
 * withdraw, print.
 */
@Controller
class FilingPages {

	private final VerificationService verification;

	private final FilingCandidates candidates;

	private final ItemLines lines;

	private final EnterpriseService enterprises;

	private final PrintForm pdf;

	private final Flash flash;

	private final SectionTexts texts;

	private final List<ScanSource> scans;

	FilingPages(VerificationService verification, FilingCandidates candidates, ItemLines lines,
			EnterpriseService enterprises, PrintForm pdf, Flash flash, SectionTexts texts, List<ScanSource> scans) {
		this.texts = texts;
		this.scans = scans;
		this.verification = verification;
		this.candidates = candidates;
		this.lines = lines;
		this.enterprises = enterprises;
		this.pdf = pdf;
		this.flash = flash;
	}

	@GetMapping("/handbook/verification")
	String filing(@RequestParam(required = false) String section, Model model) {
		// the service refuses the filing itself; the page to pick records is no use
		// without it
		CurrentUser.require().require(Permission.FILE);
		long enterprise = CurrentUser.require().requireEnterpriseId();
		// what the scans do not seem to show: said before filing, never a reason not to
		model.addAttribute("groups",
				FilingGroup.of(candidates.of(enterprise), section, texts,
						"en".equals(LocaleContextHolder.getLocale().getLanguage()),
						id -> scans.stream().flatMap(s -> s.hints(id).stream()).toList()));
		model.addAttribute("activeMenu", "verification");
		return "verification/filing";
	}

	@PostMapping("/handbook/verification")
	String file(@RequestParam(required = false) List<Long> recordIds, RedirectAttributes redirect) {
		try {
			VerificationApplication a = verification.file(CurrentUser.require(), recordIds);
			flash.success(redirect, "verification.flash.filed", a.number());
			return "redirect:/handbook/verification/applications/" + a.number();
		}
		catch (InvalidInputException e) {
			flash.error(redirect, "verification.filing.pick");
			return "redirect:/handbook/verification";
		}
		catch (PermissionDeniedException e) {
			throw e;
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
			return "redirect:/handbook/verification";
		}
	}

	@GetMapping("/handbook/verification/applications")
	String applications(@RequestParam(required = false) Integer page, Model model) {
		Page<VerificationApplication> p = verification.ofEnterprise(CurrentUser.require(), Page.number(page), 10);
		model.addAttribute("applications", p);
		model.addAttribute("lines",
				p.items().stream().collect(Collectors.toMap(VerificationApplication::number, lines::of)));
		model.addAttribute("activeMenu", "print");
		return "verification/applications";
	}

	/** 书面材料打印: the form to bring to the window, printable from the browser. */
	@GetMapping("/handbook/verification/applications/{number}")
	String print(@PathVariable String number, Model model) {
		VerificationApplication a = verification.printable(CurrentUser.require(), number);
		model.addAttribute("app", a);
		model.addAttribute("enterprise", enterprises.get(a.enterpriseId()));
		model.addAttribute("lines", lines.of(a));
		model.addAttribute("seal", pdf.seal(a));
		model.addAttribute("activeMenu", "print");
		return "verification/print";
	}

	@GetMapping("/handbook/verification/applications/{number}/form.pdf")
	ResponseEntity<byte[]> printPdf(@PathVariable String number) {
		VerificationApplication a = verification.printable(CurrentUser.require(), number);
		byte[] bytes = pdf.render(a, enterprises.get(a.enterpriseId()), lines.of(a));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + a.number() + ".pdf\"")
			.body(bytes);
	}

	@GetMapping("/handbook/verification/applications/{number}/barcode.png")
	ResponseEntity<byte[]> barcode(@PathVariable String number) {
		VerificationApplication a = verification.printable(CurrentUser.require(), number);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(Barcodes.png(a.number()));
	}

	@PostMapping("/handbook/verification/applications/{number}/withdraw")
	String withdraw(@PathVariable String number, RedirectAttributes redirect) {
		try {
			verification.withdraw(CurrentUser.require(), number);
			flash.success(redirect, "verification.flash.withdrawn", number);
		}
		catch (ConflictException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/handbook/verification/applications";
	}

}
