package com.dossier.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.dossier.shared.AdministrationTime;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractTemplateViewResolver;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders a page's JTE template (src/main/jte, compiled with the code): the model's
 * entries are the template's parameters, and {@code ctx} ({@link PageContext}) is added
 * for the layout. The page is written as UTF-8 bytes in one piece, with its length.
 * Resolved before any other view, so a view name with a template is a JTE page.
 * <p>
 * Named {@code viewResolver}, Spring Boot's name for its content-negotiating resolver,
 * which it then leaves out: every page is HTML, so it only parsed the Accept header and
 * asked each resolver again on every page (2.9% of the list page).
 */
@Component("viewResolver")
class PageView extends AbstractTemplateViewResolver {

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final List<PageNotice> notices;

	private final AdministrationTime time;

	private final PortalTitle portalTitle;

	private final List<MenuSections> menuSections;

	private final Reminders reminders;

	PageView(TemplateEngine templates, MessageSource messages, List<PageNotice> notices, AdministrationTime time,
			PortalTitle portalTitle, List<MenuSections> menuSections, ObjectProvider<Reminders> reminders) {
		this.menuSections = menuSections;
		this.reminders = reminders.getIfUnique(() -> Reminders.NONE);
		this.templates = templates;
		this.messages = messages;
		this.notices = notices;
		this.time = time;
		this.portalTitle = portalTitle;
		setSuffix(".jte");
		setViewClass(Jte.class);
		setContentType("text/html;charset=UTF-8");
		setOrder(0);
	}

	@Override
	protected Class<?> requiredViewClass() {
		return Jte.class;
	}

	@Override
	protected AbstractUrlBasedView instantiateView() {
		return new Jte(this);
	}

	PageContext context(HttpServletRequest request, Map<String, Object> model) {
		Locale locale = LocaleContextHolder.getLocale();
		CsrfToken csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t : null;
		List<PageNotice.Shown> lines = notices.stream()
			.flatMap(n -> n.text(messages, locale).map(text -> new PageNotice.Shown(n.id(), text)).stream())
			.toList();
		List<ShellMenu.Link> sections = menuSections.stream()
			.map(m -> m.entries(locale))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return PageContext.of(messages, locale, portalTitle.in(locale), csrf, model, sections, lines, time, reminders);
	}

	static final class Jte extends AbstractTemplateView {

		private final PageView resolver;

		Jte(PageView resolver) {
			this.resolver = resolver;
		}

		@Override
		public boolean checkResource(Locale locale) {
			return resolver.templates.hasTemplate(getUrl());
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			model.put("ctx", resolver.context(request, model));
			Utf8ByteOutput output = new Utf8ByteOutput();
			resolver.templates.render(getUrl(), model, output);
			response.setContentType("text/html;charset=UTF-8");
			// The page fits the buffer with a byte to spare, so the response is
			// committed only when the request ends (Tomcat then sends its
			// Content-Length). Spring Session takes a full Content-Length or a full
			// buffer as committed: it saved the session mid-request, then read it from
			// the store a second time (spring-session#1731), a query more a page.
			response.setBufferSize(Math.max(response.getBufferSize(), output.getContentLength() + 1));
			// One write: the output's chunks are each of a template's static parts, and
			// every write goes through the security and session wrappers' checks.
			response.getOutputStream().write(output.toByteArray());
		}

	}

}
