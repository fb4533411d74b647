package com.dossier.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.dossier.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators browse and filter the audit log, newest first. */
@Controller
class AuditAdminController {

	private final AuditLog log;

	AuditAdminController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("page", log.find(filter, Page.number(page), 50));
		model.addAttribute("base", base(filter));
		return "audit/list";
	}

	/** The list's URL with the current filter, for the pager's links. */
	private static String base(AuditFilter f) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("actor", f.actor());
		params.put("action", f.action());
		params.put("outcome", f.outcome());
		params.put("enterpriseId", f.enterpriseId());
		params.put("from", f.from());
		params.put("to", f.to());
		StringBuilder url = new StringBuilder("/admin/audit");
		char sep = '?';
		for (var e : params.entrySet()) {
			if (e.getValue() != null && !e.getValue().toString().isBlank()) {
				url.append(sep).append(e.getKey()).append('=')
					.append(java.net.URLEncoder.encode(e.getValue().toString(), java.nio.charset.StandardCharsets.UTF_8));
				sep = '&';
			}
		}
		return url.toString();
	}
}
