package com.dossier.shared.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;

/**
 * What every page template gets besides its own view ({@code @param PageContext ctx}):
 * texts in the request's language, who is signed in, the CSRF token for its forms, the
 * flash message, the layout's notices and the shell's menu state. Made by
 * {@link PageView} when the page is rendered, from the request and the model.
 *
 * @param activeMenu the shell's entry to highlight (model attribute {@code activeMenu}),
 * or null
 * @param menuSections the sub-menu under the open entry ({@link MenuSections}), or null
 * @param reminders what the user should fix ({@link Reminders}), asked only by templates
 * that show it
 */
public record PageContext(MessageSource messages, Locale locale, String portalTitle, CurrentUser user, CsrfToken csrf,
		String flashSuccess, String flashError, List<PageNotice.Shown> notices, String activeMenu,
		List<ShellMenu.Link> menuSections, AdministrationTime time, Map<String, BindingResult> bindings,
		Reminders reminders) {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * The text of {@code key} in the request's language, {@code args} filled in
	 * (MessageFormat).
	 */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** {@code zh-CN} or {@code en}, for {@code <html lang>}. */
	public String lang() {
		return locale.toLanguageTag();
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}

	public boolean signedIn() {
		return user != null;
	}

	/**
	 * Whether the signed-in account holds {@code permission}: pages hide what the
	 * services would refuse.
	 */
	public boolean may(Permission permission) {
		return user != null && user.may(permission);
	}

	/**
	 * A moment as people here read it ({@code 2026-12-01 09:30}, the administration's
	 * zone).
	 */
	public String time(Instant instant) {
		return time.minutes(instant);
	}

	/**
	 * A moment to the second, in the administration's zone ({@code 2026-12-01 09:30:15}):
	 * the audit log's.
	 */
	public String seconds(Instant instant) {
		return instant == null ? "" : SECONDS.format(instant.atZone(time.zone()));
	}

	/**
	 * An amount as people read it: grouped, up to four decimals, no trailing zeros
	 * ({@code 1,234.5}).
	 */
	public String number(java.math.BigDecimal value) {
		if (value == null) {
			return "";
		}
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.####",
				java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	/**
	 * The zone people's times are shown in ({@code Asia/Shanghai}), for a page that says
	 * so.
	 */
	public String zone() {
		return time.zone().getId();
	}

	/** The day of a moment in the administration's zone ({@code 2026-12-01}). */
	public String day(Instant instant) {
		return instant == null ? "" : time.dayOf(instant).toString();
	}

	/**
	 * The form bound as model attribute {@code name} (values and errors), also when it
	 * was not bound yet.
	 */
	public FormView form(String name) {
		return new FormView(bindings.get(name), messages, locale);
	}

	/** The shell's entry to highlight is {@code entry}. */
	public boolean active(String entry) {
		return entry.equals(activeMenu);
	}

	/** How many things the user should fix (the menu's count), or null. */
	public Integer reminderCount() {
		return reminders.count();
	}

	/** The most serious things to fix, at most {@code max}. */
	public List<Reminders.Reminder> reminders(int max) {
		return reminders.top(max, locale);
	}

	static PageContext of(MessageSource messages, Locale locale, String portalTitle, CsrfToken csrf,
			Map<String, Object> model, List<ShellMenu.Link> sections, List<PageNotice.Shown> notices,
			AdministrationTime time, Reminders reminders) {
		Map<String, BindingResult> bindings = new HashMap<>();
		model.forEach((key, value) -> {
			if (value instanceof BindingResult result && key.startsWith(BindingResult.MODEL_KEY_PREFIX)) {
				bindings.put(result.getObjectName(), result);
			}
		});
		return new PageContext(messages, locale, portalTitle, CurrentUser.find().orElse(null), csrf,
				text(model.get("flashSuccess")), text(model.get("flashError")), notices, text(model.get("activeMenu")),
				sections, time, bindings, reminders);
	}

	private static String text(Object value) {
		return value instanceof String s ? s : null;
	}
}
