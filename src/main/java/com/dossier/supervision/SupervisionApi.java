package com.dossier.supervision;

import java.util.List;

import com.dossier.handbook.QualificationCase;
import com.dossier.shared.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 动态监管提示 and 自检 of the caller's own enterprise (DESIGN §11). */
@RestController
@RequestMapping("/api/v1/enterprise")
@Secured("ROLE_ENTERPRISE")
class SupervisionApi {

	record TipJson(String code, String severity, String section, Long recordId, String message, String link) {
	}

	record ItemJson(String requirement, String section, String status, String message, String link) {
	}

	record SelfCheckJson(@JsonProperty("case") String qualificationCase, boolean ready, List<ItemJson> items) {
	}

	private final SupervisionService supervision;

	SupervisionApi(SupervisionService supervision) {
		this.supervision = supervision;
	}

	@GetMapping("/tips")
	List<TipJson> tips() {
		return supervision.shownTips(CurrentUser.require(), LocaleContextHolder.getLocale())
			.stream()
			.map(t -> new TipJson(t.code(), t.severity(), t.section(), t.recordId(), t.message(), t.link()))
			.toList();
	}

	@GetMapping("/self-check")
	SelfCheckJson selfCheck(@RequestParam(name = "case", required = false) String name) {
		CurrentUser user = CurrentUser.require();
		QualificationCase c = supervision.parseCase(user, name);
		SelfCheck.Result result = supervision.check(user, c);
		return new SelfCheckJson(c.name(), result.ready(),
				supervision.lines(result, LocaleContextHolder.getLocale())
					.stream()
					.map(l -> new ItemJson(l.code(), l.section(), l.mark(), l.message(), l.link()))
					.toList());
	}

}
