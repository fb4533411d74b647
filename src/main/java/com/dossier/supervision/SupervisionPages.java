package com.dossier.supervision;

import java.util.List;
import java.util.Locale;

import com.dossier.handbook.QualificationCase;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 诚信手册 menu's 动态监管提示 page and the 电子版《诚信手册》核定(自检) page (the home page's 网上服务 entry
 * leads here through the login).
 */
@Controller
class SupervisionPages {

	private final SupervisionService supervision;

	private final TipReminders reminders;

	SupervisionPages(SupervisionService supervision, TipReminders reminders) {
		this.supervision = supervision;
		this.reminders = reminders;
	}

	@GetMapping("/handbook/supervision")
	String tips(Model model) {
		CurrentUser user = CurrentUser.require();
		List<SupervisionViews.Line> tips = supervision.shownTips(user, LocaleContextHolder.getLocale())
			.stream()
			.map(t -> new SupervisionViews.Line(t.code(), t.severity(), t.section(), t.message(), t.link()))
			.toList();
		reminders.remember(user.requireEnterpriseId(), tips.size());
		model.addAttribute("view", new SupervisionViews.TipsPage(tips));
		model.addAttribute("activeMenu", "supervision");
		return "supervision/tips";
	}

	@GetMapping("/handbook/self-check")
	String selfCheck(@RequestParam(name = "case", required = false) String name, Model model) {
		CurrentUser user = CurrentUser.require();
		QualificationCase c = supervision.parseCase(user, name);
		SelfCheck.Result result = supervision.check(user, c);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("view",
				new SupervisionViews.SelfCheckPage(c.name(), supervision.cases(user).stream().map(Enum::name).toList(),
						result.ready(), supervision.lines(result, locale)));
		model.addAttribute("activeMenu", "self-check");
		return "supervision/self-check";
	}

}
