package com.dossier.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The left menu of the operator shell (fragment {@code menu} of templates/shell.html), rendered once per language, open
 * entry and sub-menu, then reused. It is the same on every request, yet its ~30 links, labels and highlights were
 * a large part of rendering each operator page (issue 8). LayoutModel hands it to the shell as {@code shellMenu}.
 */
@Component("shellMenu")
public class ShellMenu {

	/** One entry of a sub-menu that a module supplies (the handbook's sections); {@code href} is context-relative. */
	public record Link(String code, String href, String label) {
	}

	private record Key(Locale locale, String root, String active, List<Link> sections) {
	}

	/** More than the menu's real variants (2 languages × ~40 entries × a few sub-menus), so never reached. */
	private static final int MAX_VARIANTS = 1_000;

	private final ITemplateEngine templates;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	ShellMenu(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The menu's markup with {@code active} highlighted and {@code sections} (or none) under 信息自助变更. */
	public String html(String active, List<Link> sections) {
		Key key = new Key(LocaleContextHolder.getLocale(), contextPath(), active, sections);
		String html = rendered.get(key);
		if (html == null) {
			Context context = new Context(key.locale());
			context.setVariable("root", key.root());
			context.setVariable("activeMenu", active);
			context.setVariable("menuSections", sections);
			html = templates.process("shell", Set.of("menu"), context);
			if (rendered.size() < MAX_VARIANTS) {
				rendered.put(key, html);
			}
		}
		return html;
	}

	private static String contextPath() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
	}
}
