package com.dossier.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once after post-redirect-get, in the user's language. */
@Component
public class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	public void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashSuccess", text(key, args));
	}

	public void error(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashError", text(key, args));
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
