package com.dossier.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.dossier.registry.ImportJobs.JobKind;
import com.dossier.registry.PreviewStore.Preview;
import com.dossier.registry.RegistryViews.PreviewPage;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.web.Flash;
import com.dossier.shared.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
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
 * of exactly the previewed payload. Preview and commit run as jobs
 * ({@link ImportJobPages} follows them).
 */
@Controller
@Secured("ROLE_ADMIN")
class ImportAdminPages {

	private final ImportService imports;

	private final PreviewStore previews;

	private final Flash flash;

	private final AdministrationTime time;

	private final ImportLog log;

	private final ImportLayout layout;

	private final ImportJobRunner runner;

	private final WorkbookPreviews previewer;

	ImportAdminPages(ImportService imports, PreviewStore previews, Flash flash, AdministrationTime time, ImportLog log,
			ImportLayout layout, ImportJobRunner runner, WorkbookPreviews previewer) {
		this.log = log;
		this.layout = layout;
		this.runner = runner;
		this.previewer = previewer;
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
		model.addAttribute("changes", log.changes(id, WorkbookPreviews.SHOWN_LINES));
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
			.body(layout.template());
	}

	/**
	 * Starts the preview as a job (a large workbook takes a while); its page follows it.
	 */
	@PostMapping("/admin/imports")
	String upload(@RequestParam(required = false) String source, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		String src = source == null ? "" : source.strip();
		if (file == null || file.isEmpty()) {
			flash.error(redirect, "registry.excel.no_file");
			return "redirect:/admin/imports";
		}
		byte[] workbook = file.getBytes();
		String name = file.getOriginalFilename();
		String owner = CurrentUser.require().username();
		long job = runner.start(JobKind.PREVIEW, name,
				progress -> previewer.preview(src, name, workbook, owner, progress));
		return "redirect:/admin/imports/jobs/" + job;
	}

	@GetMapping("/admin/imports/preview/{token}")
	String preview(@PathVariable String token, Model model) {
		Preview p = own(token);
		model.addAttribute("preview", new PreviewPage(token, p.fileName(), p.request().source(), p.created(),
				p.updated(), p.unchanged(), p.removed(), p.enterprisesCreated(), p.items(), p.lines()));
		return "registry/admin-preview";
	}

	/** Commits exactly the previewed payload, as a job. */
	@PostMapping("/admin/imports/preview/{token}/commit")
	String commit(@PathVariable String token) {
		Preview preview = own(token);
		long job = runner.start(JobKind.COMMIT, preview.fileName(), progress -> {
			try {
				ImportResult r = imports.run(preview.request(), ImportService.Channel.EXCEL, progress);
				previews.delete(token);
				return ImportJobResult.committed(r);
			}
			catch (ImportRefused e) {
				return ImportJobResult.changedMeanwhile(token, e.problems().size());
			}
		});
		return "redirect:/admin/imports/jobs/" + job;
	}

	private Preview own(String token) {
		return previews.find(token, CurrentUser.require().username(), time.now())
			.orElseThrow(() -> new NotFoundException("not_found"));
	}

}
