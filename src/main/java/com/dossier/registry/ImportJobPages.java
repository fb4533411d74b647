package com.dossier.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dossier.registry.ImportJobs.Job;
import com.dossier.registry.ImportJobs.JobKind;
import com.dossier.registry.RegistryViews.JobPage;
import com.dossier.registry.RegistryViews.ProblemLine;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.Flash;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a background import, for the administrator who started it (anyone else:
 * 404): its progress while it runs (registry-job.js polls the status and reloads; without
 * script, the 刷新 link), then its result: the preview, the problems by cell, the counts of
 * a commit, or why it failed.
 */
@Controller
@Secured("ROLE_ADMIN")
class ImportJobPages {

	private final ImportJobs jobs;

	private final JsonMapper json;

	private final Flash flash;

	private final AdministrationTime time;

	private final ImportLog log;

	ImportJobPages(ImportJobs jobs, JsonMapper json, Flash flash, AdministrationTime time, ImportLog log) {
		this.jobs = jobs;
		this.json = json;
		this.flash = flash;
		this.time = time;
		this.log = log;
	}

	@GetMapping("/admin/imports/jobs/{id:\\d+}")
	String job(@PathVariable long id, Model model, RedirectAttributes redirect) {
		Job job = own(id);
		ImportJobResult result = job.result() == null ? null : json.readValue(job.result(), ImportJobResult.class);
		if (result == null || result.error() != null || job.lost()) {
			model.addAttribute("job", view(job, result));
			return "registry/admin-job";
		}
		if (result.problems() != null) {
			model.addAttribute("source", "");
			model.addAttribute("recent", log.recent(20));
			model.addAttribute("problems",
					result.problems()
						.stream()
						.map(p -> new ProblemLine(p.sheet(), p.row(), p.column(),
								flash.text(messageKey(p.code()), p.args().stream().map(a -> flash.text(a)).toArray())))
						.toList());
			return "registry/admin-imports";
		}
		if (result.refused() != null) {
			flash.error(redirect, "registry.excel.changed_meanwhile", result.refused());
			return "redirect:/admin/imports/preview/" + result.preview();
		}
		if (job.kind() == JobKind.COMMIT) {
			flash.success(redirect, "registry.excel.committed", String.valueOf(result.created()),
					String.valueOf(result.updated()), String.valueOf(result.unchanged()));
			return "redirect:/admin/imports";
		}
		return "redirect:/admin/imports/preview/" + result.preview();
	}

	/** What the page's script polls: the state, and the phase as the page words it. */
	@GetMapping("/admin/imports/jobs/{id:\\d+}/status")
	@ResponseBody
	Map<String, Object> status(@PathVariable long id) {
		Job job = own(id);
		JobPage view = view(job, null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", job.id());
		body.put("state", job.lost() ? ImportJobs.State.FAILED.name() : job.state().name());
		body.put("phase", job.phase());
		body.put("done", job.done());
		body.put("total", job.total());
		body.put("message", view.phase());
		return body;
	}

	private JobPage view(Job job, ImportJobResult result) {
		String failure = null;
		// Only failLost ends a job without a result: its node died.
		if (job.lost() || (job.state() == ImportJobs.State.FAILED && job.result() == null)) {
			failure = flash.text("error.import.job_lost");
		}
		else if (!job.running()) {
			failure = flash
				.text("error." + (result == null || result.error() == null ? "import.job_failed" : result.error()));
		}
		String phase = flash.text("registry.job.phase." + job.phase(), job.done(), job.total());
		return new JobPage(job.id(), job.kind().name(), job.running(), phase, job.done(), job.total(), failure);
	}

	private Job own(long id) {
		return jobs.find(id, CurrentUser.require().username(), time.now())
			.orElseThrow(() -> new NotFoundException("not_found"));
	}

	/** Field rules keep their message under the code, named refusals under error.code. */
	private String messageKey(String code) {
		String text = flash.text(code);
		return text.equals(code) ? "error." + code : code;
	}

}
