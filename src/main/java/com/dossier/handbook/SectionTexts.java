package com.dossier.handbook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The labels of the definitions in the request's language, in both languages for the API,
 * and back from a label.
 */
@Component
public class SectionTexts {

	public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	SectionTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key) {
		return text(key, LocaleContextHolder.getLocale());
	}

	public String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/**
	 * A message with arguments (which may themselves be message keys to resolve, e.g. a
	 * field's label).
	 */
	public String message(String key, Object[] args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** {@code {zh, en}} as the API shows labels. */
	public Map<String, String> both(String key) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("zh", text(key, ZH));
		m.put("en", text(key, Locale.ENGLISH));
		return m;
	}

	/**
	 * A value as people read it: the option's label for enumerations, the stored text
	 * otherwise.
	 */
	public String display(FieldDef field, String value) {
		if (value == null) {
			return "";
		}
		return field.options()
			.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.map(o -> text(o.labelKey()))
			.orElse(value);
	}

	/**
	 * The option whose value or label (in either language) is {@code text}; for Excel
	 * cells typed by people.
	 */
	public Optional<String> optionFor(FieldDef field, String text) {
		return field.options()
			.stream()
			.filter(o -> o.value().equalsIgnoreCase(text) || text(o.labelKey(), ZH).equals(text)
					|| text(o.labelKey(), Locale.ENGLISH).equalsIgnoreCase(text))
			.map(FieldDef.Option::value)
			.findFirst();
	}

}
