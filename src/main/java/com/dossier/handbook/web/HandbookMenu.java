package com.dossier.handbook.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.shared.web.ShellMenu;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The 信息自助变更 sub-menu of the shell (model attribute {@code menuSections}) on every page
 * of an enterprise operator, with the foreign-* sections only for foreign-invested
 * enterprises. Added after the handler, and only when a page is about to be rendered: API
 * calls and redirects after a form post never need it (a model attribute advice computed
 * it for them too — issue 8 found it in the API list's profile). The entries are made
 * once per language and set of sections.
 */
@Component
class HandbookMenu implements HandlerInterceptor, WebMvcConfigurer {

	private record Key(Locale locale, List<String> codes) {
	}

	private final HandbookService handbook;

	private final SectionTexts texts;

	/**
	 * The sub-menu by language and visible sections (two variants: local and
	 * foreign-invested enterprises).
	 */
	private final Map<Key, List<ShellMenu.Link>> menus = new ConcurrentHashMap<>();

	HandbookMenu(HandbookService handbook, SectionTexts texts) {
		this.handbook = handbook;
		this.texts = texts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null && view.hasView() && !isRedirect(view)) {
			List<ShellMenu.Link> entries = menuSections();
			if (entries != null) {
				view.addObject("menuSections", entries);
			}
		}
	}

	private static boolean isRedirect(ModelAndView view) {
		return view.getViewName() != null && view.getViewName().startsWith("redirect:");
	}

	private List<ShellMenu.Link> menuSections() {
		return CurrentUser.find()
			.filter(u -> u.is(Role.ENTERPRISE) && u.enterpriseId() != null)
			.map(u -> menu(handbook.sections(u.enterpriseId())))
			.orElse(null);
	}

	private List<ShellMenu.Link> menu(List<SectionDefinition> sections) {
		Key key = new Key(LocaleContextHolder.getLocale(), sections.stream().map(SectionDefinition::code).toList());
		return menus.computeIfAbsent(key,
				k -> sections.stream()
					.map(s -> new ShellMenu.Link(s.code(), "/handbook/sections/" + s.code(),
							texts.text(s.nameKey(), k.locale())))
					.toList());
	}

	/** Highlights the open section in the shell's menu ("sections" for the index). */
	static void activate(Model model, String sectionCode) {
		model.addAttribute("activeMenu", sectionCode == null ? "sections" : sectionCode);
	}

}
