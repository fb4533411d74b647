package com.dossier.qualification.web;

import java.util.List;
import java.util.stream.Collectors;

import com.dossier.handbook.SectionTexts;
import com.dossier.qualification.Catalogue;
import com.dossier.qualification.Citations;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.DossierException;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.Page;
import com.dossier.shared.print.Barcodes;
import com.dossier.shared.PermissionDeniedException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;
import com.dossier.shared.web.Flash;

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
 * The enterprise's 资质申请 pages: its applications with status and the reviewer's reasons,
 * the new application form, withdrawal and the printable application.
 */
@Controller
class EnterprisePages {

	private final QualificationService qualification;

	private final Citations citations;

	private final Catalogue catalogue;

	private final CitedLines lines;

	private final QualificationPrint pdf;

	private final SectionTexts texts;

	private final Flash flash;

	EnterprisePages(QualificationService qualification, Citations citations, Catalogue catalogue, CitedLines lines,
			QualificationPrint pdf, SectionTexts texts, Flash flash) {
		this.qualification = qualification;
		this.citations = citations;
		this.catalogue = catalogue;
		this.lines = lines;
		this.pdf = pdf;
		this.texts = texts;
		this.flash = flash;
	}

	@GetMapping("/handbook/qualification")
	String list(@RequestParam(required = false) Integer page, Model model) {
		Page<QualificationApplication> p = qualification.ofEnterprise(CurrentUser.require(), Page.number(page), 10);
		model.addAttribute("applications", p);
		model.addAttribute("names",
				p.items()
					.stream()
					.collect(Collectors.toMap(QualificationApplication::number, a -> name(a), (x, y) -> x)));
		model.addAttribute("activeMenu", "qualification");
		return "qualification/applications";
	}

	@GetMapping("/handbook/qualification/new")
	String form(Model model) {
		CurrentUser user = CurrentUser.require();
		user.require(Permission.FILE);
		long enterprise = user.requireEnterpriseId();
		model.addAttribute("kinds", List.of(Kind.values()));
		model.addAttribute("catalogue", catalogue.all());
		model.addAttribute("groups", CandidateGroup.of(citations.of(enterprise), texts, english()));
		model.addAttribute("activeMenu", "qualification");
		return "qualification/new";
	}

	/** {@code qualification} is "category|grade", one option of the catalogue's list. */
	@PostMapping("/handbook/qualification")
	String file(@RequestParam(required = false) Kind kind, @RequestParam(required = false) String qualification,
			@RequestParam(required = false) List<Long> recordIds, RedirectAttributes redirect) {
		String[] parts = qualification == null ? new String[0] : qualification.split("\\|", 2);
		try {
			QualificationApplication a = this.qualification.file(CurrentUser.require(), kind,
					parts.length > 0 ? parts[0] : null, parts.length > 1 ? parts[1] : null, recordIds);
			flash.success(redirect, "qualification.flash.filed", a.number());
			return "redirect:/handbook/qualification/" + a.number();
		}
		catch (InvalidInputException e) {
			String why = String.join(" ",
					e.errors().all().stream().map(f -> texts.message(f.code(), f.args())).distinct().toList());
			flash.error(redirect, "qualification.flash.refused", why);
			return "redirect:/handbook/qualification/new";
		}
		catch (PermissionDeniedException e) {
			throw e;
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
			return "redirect:/handbook/qualification/new";
		}
	}

	/** 书面材料打印: the application, printable from the browser. */
	@GetMapping("/handbook/qualification/{number}")
	String print(@PathVariable String number, Model model) {
		QualificationApplication a = qualification.printable(CurrentUser.require(), number);
		model.addAttribute("app", a);
		model.addAttribute("qualification", name(a));
		model.addAttribute("lines", lines.of(a));
		model.addAttribute("seal", pdf.seal(a));
		model.addAttribute("activeMenu", "qualification");
		return "qualification/print";
	}

	@GetMapping("/handbook/qualification/{number}/form.pdf")
	ResponseEntity<byte[]> printPdf(@PathVariable String number) {
		QualificationApplication a = qualification.printable(CurrentUser.require(), number);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + a.number() + ".pdf\"")
			.body(pdf.render(a, name(a), lines.of(a)));
	}

	@GetMapping("/handbook/qualification/{number}/barcode.png")
	ResponseEntity<byte[]> barcode(@PathVariable String number) {
		QualificationApplication a = qualification.printable(CurrentUser.require(), number);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(Barcodes.png(a.number()));
	}

	@PostMapping("/handbook/qualification/{number}/withdraw")
	String withdraw(@PathVariable String number, RedirectAttributes redirect) {
		try {
			qualification.withdraw(CurrentUser.require(), number);
			flash.success(redirect, "qualification.flash.withdrawn", number);
		}
		catch (DossierException e) {
			flash.error(redirect, e.messageKey(), e.args());
		}
		return "redirect:/handbook/qualification";
	}

	/** The category and grade in the user's language, e.g. 建筑工程施工总承包 二级. */
	private String name(QualificationApplication a) {
		return QualificationNames.of(catalogue, a.category(), a.grade(), english());
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
