package com.dossier.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.dossier.shared.KeysetRequest;
import com.dossier.shared.security.PersonNames;
import com.dossier.shared.web.Flash;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators browse and filter the audit log, newest first, by keyset (no page
 * numbers, no total). Actors are shown by name where their account has one.
 */
@Controller
class AuditAdminPages {

	static final int PAGE = 50;

	private final AuditLog log;

	private final Flash flash;

	private final AuditWords words;

	private final AuditTrust trust;

	/** Absent where the account module is not part of the application (module tests). */
	private final ObjectProvider<PersonNames> people;

	AuditAdminPages(AuditLog log, Flash flash, AuditWords words, AuditTrust trust, ObjectProvider<PersonNames> people) {
		this.people = people;
		this.log = log;
		this.flash = flash;
		this.words = words;
		this.trust = trust;
	}

	/**
	 * {@code after} / {@code before} carry the cursor of the last / first entry shown,
	 * {@code last} asks for the oldest page. A cursor that is not one of ours goes back
	 * to the first page, filters kept, with a message.
	 */
	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) String after,
			@RequestParam(required = false) String before, @RequestParam(required = false) String last, Model model,
			RedirectAttributes redirect) {
		String base = base(filter);
		Optional<KeysetRequest> request = KeysetRequest.of(after, before, last != null);
		if (request.isEmpty()) {
			flash.error(redirect, "audit.bad-cursor");
			return "redirect:" + base;
		}
		var entries = log.page(filter, request.get(), PAGE).map(words::row);
		model.addAttribute("entries", entries);
		PersonNames directory = people.getIfAvailable();
		model.addAttribute("people", directory == null ? Map.of()
				: directory.labels(entries.items().stream().map(AuditRow::actor).toList()));
		model.addAttribute("base", base);
		model.addAttribute("actions", words.actions());
		model.addAttribute("chain", AuditTrustPages.status(trust));
		return "audit/list";
	}

	/**
	 * The list's URL with the current filter, for the pager's links and the redirect
	 * after a bad cursor.
	 */
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
				url.append(sep)
					.append(e.getKey())
					.append('=')
					.append(URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8));
				sep = '&';
			}
		}
		return url.toString();
	}

}
