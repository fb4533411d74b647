package com.dossier.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * The sub-menu a module puts under the shell's open entry (信息自助变更's sections) for the
 * signed-in user. Asked when a page is rendered, error pages included, so that a refusal
 * keeps the menu the user came from.
 */
public interface MenuSections {

	/** The entries for the current user, or null when this user has none. */
	List<ShellMenu.Link> entries(Locale locale);

}
