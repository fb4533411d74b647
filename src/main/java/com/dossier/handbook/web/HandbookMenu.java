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
import com.dossier.shared.web.MenuSections;
import com.dossier.shared.web.ShellMenu;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The 信息自助变更 sub-menu of the shell on every page of an enterprise operator, with the
 * foreign-* sections only for foreign-invested enterprises. Asked by the page renderer,
 * so API calls and redirects never compute it (issue 8 found it in the API list's
 * profile) and error pages keep it. The entries are made once per language and set of
 * sections.
 */
@Component
class HandbookMenu implements MenuSections {

	/**
	 * The two variants of the sub-menu: whether foreign-* sections are among the visible
	 * ones.
	 */
	private record Key(Locale locale, boolean foreign) {
	}

	private final HandbookService handbook;

	private final SectionTexts texts;

	/** The sub-menu by language and variant. */
	private final Map<Key, List<ShellMenu.Link>> menus = new ConcurrentHashMap<>();

	HandbookMenu(HandbookService handbook, SectionTexts texts) {
		this.handbook = handbook;
		this.texts = texts;
	}

	@Override
	public List<ShellMenu.Link> entries(Locale locale) {
		return CurrentUser.find()
			.filter(u -> u.is(Role.ENTERPRISE) && u.enterpriseId() != null)
			.map(u -> menu(handbook.sections(u.enterpriseId()), locale))
			.orElse(null);
	}

	private List<ShellMenu.Link> menu(List<SectionDefinition> sections, Locale locale) {
		boolean foreign = false;
		for (SectionDefinition section : sections) {
			foreign |= section.foreignOnly();
		}
		return menus.computeIfAbsent(new Key(locale, foreign),
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
