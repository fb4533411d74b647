package com.dossier.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the codes an audit entry stores (roles, action names, a record's level/status,
 * section codes, SHA-256 digests) into what a person reads (issue 14 #12). The entry
 * itself stays as stored: codes are stable for search and export, words follow the
 * language. Texts come from the message bundles only, so the audit module needs no other
 * module's types; an unknown code is shown as it is.
 */
@Component
class AuditWords {

	/** A full SHA-256 (64 hex digits): shortened to its first 12. */
	private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-f]{64}\\b");

	/** A record's level and status as the handbook writes them: {@code D/DRAFT}. */
	private static final Pattern LEVEL_STATUS = Pattern.compile("\\b([ABCD])/([A-Z_]+)\\b");

	/** A section code at the start of a record's detail: {@code equipment v3 …}. */
	private static final Pattern SECTION = Pattern.compile("^([a-z][a-z0-9-]+) (v\\d+)");

	/**
	 * Details that services write as a sentence of English words and counts, per action:
	 * said again in the reader's language by {@code audit.detail.<action>}, the groups
	 * its arguments.
	 */
	private static final Map<String, Pattern> SENTENCES = Map.of("registry.import",
			Pattern.compile("^(\\w+) (.+): created (\\d+), updated (\\d+), unchanged (\\d+), removed (\\d+), "
					+ "enterprises (\\d+) \\(new (\\d+)\\)$"),
			"verification.decided", Pattern.compile("^record (\\d+) (PASS|FAIL)(?: (.+))?$"));

	private static final String ACTION = "audit.action.";

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The actions the log knows a name for (keys {@code audit.action.*} of the audit
	 * bundle), code → name in the user's language, by name: the filter offers them
	 * instead of a box for codes.
	 */
	Map<String, String> actions() {
		Locale locale = LocaleContextHolder.getLocale();
		ResourceBundle bundle = ResourceBundle.getBundle("messages/audit", Locale.ROOT);
		Map<String, String> byCode = new TreeMap<>();
		for (String key : bundle.keySet()) {
			if (key.startsWith(ACTION)) {
				byCode.put(key.substring(ACTION.length()), text(key, key, locale));
			}
		}
		Map<String, String> byName = new LinkedHashMap<>();
		byCode.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach(e -> byName.put(e.getKey(), e.getValue()));
		return byName;
	}

	AuditRow row(AuditEntry e) {
		Locale locale = LocaleContextHolder.getLocale();
		String role = e.actorRole() == null ? null : text("role." + e.actorRole(), e.actorRole(), locale);
		String action = text("audit.action." + e.action(), e.action(), locale);
		String outcome = text("audit.outcome." + e.outcome(), e.outcome(), locale);
		return new AuditRow(e.id(), e.occurredAt(), e.actor(), role, e.enterpriseId(), action, e.action(), e.target(),
				e.outcome(), outcome, e.clientAddress(), detail(e.action(), e.detail(), locale), e.detail(),
				e.requestId());
	}

	private String detail(String action, String detail, Locale locale) {
		if (detail == null) {
			return null;
		}
		Pattern sentence = SENTENCES.get(action);
		Matcher said = sentence == null ? null : sentence.matcher(detail);
		if (said != null && said.matches()) {
			return sentence(action, said, locale);
		}
		String words = DIGEST.matcher(detail).replaceAll(m -> m.group().substring(0, 12) + "…");
		Matcher section = SECTION.matcher(words);
		if (section.find()) {
			String name = text("handbook.section." + section.group(1), section.group(1), locale);
			words = name + " " + section.group(2) + words.substring(section.end());
		}
		Matcher levels = LEVEL_STATUS.matcher(words);
		return levels.replaceAll(m -> Matcher.quoteReplacement(text("audit.level", m.group(1), locale, m.group(1))
				+ " / " + text("handbook.status." + m.group(2), m.group(2), locale)));
	}

	private String sentence(String action, Matcher said, Locale locale) {
		if (action.equals("verification.decided")) {
			String decision = text("verification.decision." + said.group(2), said.group(2), locale);
			return said.group(3) == null ? text("audit.detail." + action, said.group(), locale, said.group(1), decision)
					: text("audit.detail." + action + ".reason", said.group(), locale, said.group(1), decision,
							said.group(3));
		}
		// registry.import: its first word is the channel's code, named like the others
		Object[] args = new Object[said.groupCount()];
		for (int i = 0; i < args.length; i++) {
			args[i] = said.group(i + 1);
		}
		args[0] = text("registry.channel." + said.group(1), said.group(1), locale);
		return text("audit.detail." + action, said.group(), locale, args);
	}

	private String text(String key, String fallback, Locale locale, Object... args) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException e) {
			return fallback;
		}
	}

}
