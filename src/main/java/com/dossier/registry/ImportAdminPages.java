package com.dossier.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.dossier.registry.RegistryViews.PreviewLine;
import com.dossier.registry.RegistryViews.PreviewPage;
import com.dossier.registry.RegistryViews.ProblemLine;
import com.dossier.registry.PreviewStore.Preview;
import com.dossier.registry.WorkbookPayload.CellProblem;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.web.Flash;
import com.dossier.shared.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理系统数据导入 for administrators: a template, an upload, a preview of what will be created,
 * updated, left unchanged or refused (sheet, row and column per problem), and the commit
 * of exactly the previewed payload.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportAdminPages {

	/** Lines of the preview shown; the counts cover every item. */
	static final int SHOWN_LINES = 500;

	private final ImportService imports;

	private final PreviewStore previews;

	private final Flash flash;

	private final AdministrationTime time;

	private final ImportLog log;

	ImportAdminPages(ImportService imports, PreviewStore previews, Flash flash, AdministrationTime time,
			ImportLog log) {
		this.log = log;
		this.imports = imports;
		this.previews = previews;
		this.flash = flash;
		this.time = time;
	}

	@GetMapping("/admin/imports")
	String form(Model model) {
		model.addAttribute("source", "");
		model.addAttribute("recent", log.recent(20));
		return "registry/admin-imports";
	}

	/** What one import changed: the audit entry's target {@code import:<id>}. */
	@GetMapping("/admin/imports/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("entry", log.find(id).orElseThrow(() -> new NotFoundException("not_found")));
		model.addAttribute("changes", log.changes(id, SHOWN_LINES));
		return "registry/admin-import";
	}

	@GetMapping("/admin/imports/template")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("管理系统数据导入模板.xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(ImportSheets.template());
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam(required = false) String source, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		String src = source == null ? "" : source.strip();
		if (file == null || file.isEmpty()) {
			flash.error(redirect, "registry.excel.no_file");
			return "redirect:/admin/imports";
		}
		WorkbookPayload.Parsed parsed;
		try {
			parsed = WorkbookPayload.of(src, WorkbookReader.read(file.getInputStream()));
		}
		catch (WorkbookReader.Unreadable e) {
			return refused(model, src, List.of(new CellProblem(null, null, null, e.code, e.args)));
		}
		if (!parsed.problems().isEmpty()) {
			return refused(model, src, parsed.problems());
		}
		ImportResult result;
		try {
			result = imports.preview(parsed.request());
		}
		catch (ImportRefused e) {
			return refused(model, src, e.problems().stream().map(parsed::locate).toList());
		}
		List<PreviewLine> lines = result.items()
			.stream()
			.limit(SHOWN_LINES)
			.map(i -> new PreviewLine(place(parsed, i.path()).sheet(), place(parsed, i.path()).row(),
					i.outcome().name()))
			.toList();
		Preview preview = new Preview(file.getOriginalFilename(), parsed.request(), result.created(), result.updated(),
				result.unchanged(), result.removed(), result.enterprisesCreated(), result.items().size(), lines);
		String token = previews.save(preview, CurrentUser.require().username(), time.now());
		return "redirect:/admin/imports/preview/" + token;
	}

	@GetMapping("/admin/imports/preview/{token}")
	String preview(@PathVariable String token, Model model) {
		Preview p = own(token);
		model.addAttribute("preview", new PreviewPage(token, p.fileName(), p.request().source(), p.created(),
				p.updated(), p.unchanged(), p.removed(), p.enterprisesCreated(), p.items(), p.lines()));
		return "registry/admin-preview";
	}

	@PostMapping("/admin/imports/preview/{token}/commit")
	String commit(@PathVariable String token, RedirectAttributes redirect) {
		Preview preview = own(token);
		try {
			ImportResult r = imports.run(preview.request(), ImportService.Channel.EXCEL);
			previews.delete(token);
			flash.success(redirect, "registry.excel.committed", String.valueOf(r.created()),
					String.valueOf(r.updated()), String.valueOf(r.unchanged()));
			return "redirect:/admin/imports";
		}
		catch (ImportRefused e) {
			flash.error(redirect, "registry.excel.changed_meanwhile", e.problems().size());
			return "redirect:/admin/imports/preview/" + token;
		}
	}

	private Preview own(String token) {
		return previews.find(token, CurrentUser.require().username(), time.now())
			.orElseThrow(() -> new NotFoundException("not_found"));
	}

	private static CellProblem place(WorkbookPayload.Parsed parsed, String path) {
		return parsed.locate(new ImportProblem(path, ""));
	}

	private String refused(Model model, String source, List<CellProblem> problems) {
		model.addAttribute("source", source);
		model.addAttribute("recent", log.recent(20));
		model.addAttribute("problems", problems.stream()
			.map(p -> new ProblemLine(p.sheet(), p.row(), p.column(), flash.text(messageKey(p.code()), p.args())))
			.toList());
		return "registry/admin-imports";
	}

	/** Field rules keep their message under the code, named refusals under error.code. */
	private String messageKey(String code) {
		String text = flash.text(code);
		return text.equals(code) ? "error." + code : code;
	}

}
