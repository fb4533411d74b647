package com.dossier.handbook.web;

import java.io.IOException;
import java.util.List;

import com.dossier.handbook.ExcelImportException;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.ImportCounts;
import com.dossier.handbook.SectionTexts;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel buttons of a many-record section page; a refused import comes back listing
 * every problem.
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class ExcelPages {

	private final HandbookService handbook;

	private final SectionTexts texts;

	ExcelPages(HandbookService handbook, SectionTexts texts) {
		this.handbook = handbook;
		this.texts = texts;
	}

	@GetMapping("/handbook/sections/{code}/export")
	ResponseEntity<byte[]> export(@PathVariable String code) {
		return ExcelDownload.of(handbook, HandbookPages.enterprise(), code);
	}

	@PostMapping("/handbook/sections/{code}/import")
	String importExcel(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		String back = "redirect:/handbook/sections/" + code;
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("flashError", texts.text("handbook.excel.no_file"));
			return back;
		}
		try {
			ImportCounts counts = handbook.importExcel(HandbookPages.enterprise(), code, file.getInputStream(),
					file.getSize());
			flash.addFlashAttribute("flashSuccess", texts.message("handbook.excel.imported",
					new Object[] { counts.created(), counts.updated(), counts.unchanged() }));
		}
		catch (ExcelImportException e) {
			List<String> problems = e.problems()
				.stream()
				.map(p -> p.row() == 0 ? texts.message(p.code(), p.args())
						: texts.message("handbook.excel.problem",
								new Object[] { p.row(), p.column(), p.header(), texts.message(p.code(), p.args()) }))
				.toList();
			flash.addFlashAttribute("flashError", texts.text("handbook.excel.refused"));
			flash.addFlashAttribute("importProblems", problems);
		}
		return back;
	}

}
