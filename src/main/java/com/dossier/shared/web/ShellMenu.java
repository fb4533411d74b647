package com.dossier.shared.web;

/**
 * The operator shell's left menu (layout/shell.jte); a module supplies a sub-menu as
 * links (the handbook's sections).
 */
public final class ShellMenu {

	/** One entry of a sub-menu; {@code href} is context-relative. */
	public record Link(String code, String href, String label) {
	}

	private ShellMenu() {
	}

}
