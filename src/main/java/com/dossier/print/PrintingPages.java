package com.dossier.print;

import java.util.List;
import java.util.Map;

import com.dossier.handbook.SectionTexts;
import com.dossier.shared.print.Papers;
import com.dossier.shared.security.CurrentUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 书面材料打印 of the 诚信手册: choose the sections, then the print view or the PDF made from the
 * same page ({@code print/handbook.jte}). {@code sections} comes as {@code a,b} or as
 * repeated parameters (the choosing form's checkboxes); none means the whole handbook.
 */
@Controller
class PrintingPages {

	private final HandbookPrints prints;

	private final Papers papers;

	private final SectionTexts texts;

	PrintingPages(HandbookPrints prints, Papers papers, SectionTexts texts) {
		this.prints = prints;
		this.papers = papers;
		this.texts = texts;
	}

	@GetMapping("/handbook/printing")
	String printing(Model model) {
		model.addAttribute("choices",
				prints.sections(CurrentUser.require())
					.stream()
					.map(s -> new SectionChoice(s.code(), texts.text(s.nameKey())))
					.toList());
		model.addAttribute("activeMenu", "print");
		return "print/printing";
	}

	@GetMapping("/handbook/print")
	String print(@RequestParam(required = false) List<String> sections, Model model) {
		model.addAttribute("paper", prints.print(CurrentUser.require(), codes(sections), "html"));
		model.addAttribute("screen", true);
		return "print/handbook";
	}

	@GetMapping("/handbook/print.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) List<String> sections) {
		HandbookPaper paper = prints.print(CurrentUser.require(), codes(sections), "pdf");
		byte[] bytes = papers.pdf("print/handbook.jte", Map.of("paper", paper, "screen", false));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + paper.number() + ".pdf\"")
			.body(bytes);
	}

	private static List<String> codes(List<String> sections) {
		return sections == null ? List.of()
				: sections.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

}
