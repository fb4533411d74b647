package com.dossier.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.shared.AdministrationTime;

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

	private static final Pattern SCANS_FROM = Pattern.compile("^(\\d+) from (record:\\d+)$");

	/**
	 * Details that services write as a sentence of English words and counts, per action:
	 * said again in the reader's language by {@code audit.detail.<action>}, the groups
	 * (digests shortened) its arguments; a detail of another shape has its codes named
	 * below.
	 */
	private static final Map<String, Pattern> SENTENCES = Map.ofEntries(
			Map.entry("registry.import",
					Pattern.compile("^(\\w+) (.+): created (\\d+), updated (\\d+), unchanged (\\d+), "
							+ "removed (\\d+), enterprises (\\d+) \\(new (\\d+)\\)$")),
			Map.entry("verification.decided", Pattern.compile("^record (\\d+) (PASS|FAIL)(?: (.+))?$")),
			Map.entry("attachment.download", Pattern.compile("^([0-9a-f]{64}) page (\\d+)$")),
			Map.entry("attachment.revision_copy", SCANS_FROM), Map.entry("attachment.revision_merge", SCANS_FROM),
			Map.entry("certificate.untrusted_proxy", Pattern.compile("^header (\\S+) from (\\S+) ignored$")),
			Map.entry("login.throttled",
					Pattern.compile("^(user name|address) (\\S+)(?: at its known address (\\S+))?: "
							+ "(\\d+) failed sign-ins in a row, attempts refused until (\\S+)$")));

	private static final String ACTION = "audit.action.";

	private final MessageSource messages;

	private final AdministrationTime time;

	AuditWords(MessageSource messages, AdministrationTime time) {
		this.messages = messages;
		this.time = time;
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
		String words = shortened(detail);
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
		Object[] args = new Object[said.groupCount()];
		for (int i = 0; i < args.length; i++) {
			String group = said.group(i + 1);
			args[i] = group == null ? null : shortened(group);
		}
		String key = "audit.detail." + action;
		// the codes inside a sentence are named like the others
		if (action.equals("registry.import")) {
			args[0] = text("registry.channel." + said.group(1), said.group(1), locale);
		}
		else if (action.equals("verification.decided")) {
			args[1] = text("verification.decision." + said.group(2), said.group(2), locale);
			key = said.group(3) == null ? key : key + ".reason";
		}
		else if (action.equals("login.throttled")) {
			key += said.group(3) != null ? ".name-at-address" : said.group(1).equals("address") ? ".address" : ".name";
			args[4] = minutes(said.group(5));
		}
		return text(key, said.group(), locale, args);
	}

	private static String shortened(String text) {
		return DIGEST.matcher(text).replaceAll(m -> m.group().substring(0, 12) + "…");
	}

	/**
	 * An instant a service wrote, in the administration's zone as every time a person
	 * reads.
	 */
	private String minutes(String instant) {
		try {
			return time.minutes(Instant.parse(instant));
		}
		catch (DateTimeParseException e) {
			return instant;
		}
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
