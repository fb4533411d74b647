package com.dossier.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Remembers the texts that the message bundles give, per language. A page asks for some
 * fifty of them, and Spring's bundle source looks each one up in the thirteen feature
 * bundles in turn (5% of a list page's time in the benchmark). A text with arguments is
 * formatted by a copy of its remembered {@link MessageFormat}: Spring's source formats
 * with one shared instance under its lock, and sixteen requests rendering the same pager
 * line waited there for over 20 ms hundreds of times a minute (JFR, bench S, 2026-12-03).
 * The bundles do not change while the application runs.
 */
final class MessageCache implements MessageSource {

	/**
	 * Codes are the application's own, a few thousand; the bound only keeps a caller that
	 * makes codes from input from growing the map.
	 */
	static final int MAX_ENTRIES = 50_000;

	private final MessageSource bundles;

	private final Map<Locale, Map<String, Optional<String>>> texts = new ConcurrentHashMap<>();

	private final Map<Locale, Map<String, Optional<MessageFormat>>> formats = new ConcurrentHashMap<>();

	private final AtomicInteger size = new AtomicInteger();

	MessageCache(MessageSource bundles) {
		this.bundles = bundles;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if (args != null && args.length > 0) {
			String formatted = formatted(code, args, locale);
			return formatted != null ? formatted : bundles.getMessage(code, args, defaultMessage, locale);
		}
		if (code == null) {
			return bundles.getMessage(code, args, defaultMessage, locale);
		}
		String text = text(code, locale);
		if (text != null) {
			return text;
		}
		// Without arguments (and with Boot's always-use-message-format off) the bundles
		// give the default as it is.
		return defaultMessage != null ? defaultMessage : bundles.getMessage(code, args, null, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		if (args != null && args.length > 0) {
			String formatted = formatted(code, args, locale);
			return formatted != null ? formatted : bundles.getMessage(code, args, locale);
		}
		if (code == null) {
			return bundles.getMessage(code, args, locale);
		}
		String text = text(code, locale);
		return text != null ? text : bundles.getMessage(code, args, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return bundles.getMessage(resolvable, locale);
	}

	private String text(String code, Locale locale) {
		return remembered(texts, code, locale, () -> Optional.ofNullable(bundles.getMessage(code, null, null, locale)))
			.orElse(null);
	}

	/**
	 * The text of {@code code} with {@code args} as Spring's source formats it, or null
	 * where that source must answer: no such code, a pattern MessageFormat refuses, or an
	 * argument that is itself a message to resolve.
	 */
	private String formatted(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		for (Object arg : args) {
			if (arg instanceof MessageSourceResolvable) {
				return null;
			}
		}
		Optional<MessageFormat> known = remembered(formats, code, locale,
				() -> Optional.ofNullable(text(code, locale)).flatMap(pattern -> format(pattern, locale)));
		// The remembered format is only ever copied, never used: copies are the
		// caller's own.
		return known.map(format -> ((MessageFormat) format.clone()).format(args)).orElse(null);
	}

	/**
	 * What {@code store} holds for the code in the language, looked up once; an answer
	 * beyond {@link #MAX_ENTRIES} is given but not kept.
	 */
	private <T> Optional<T> remembered(Map<Locale, Map<String, Optional<T>>> store, String code, Locale locale,
			Supplier<Optional<T>> lookup) {
		Map<String, Optional<T>> ofLocale = store.computeIfAbsent(languageOf(locale), l -> new ConcurrentHashMap<>());
		Optional<T> known = ofLocale.get(code);
		if (known == null) {
			known = lookup.get();
			if (size.get() < MAX_ENTRIES && ofLocale.putIfAbsent(code, known) == null) {
				size.incrementAndGet();
			}
		}
		return known;
	}

	private static Locale languageOf(Locale locale) {
		return locale != null ? locale : Locale.getDefault();
	}

	private static Optional<MessageFormat> format(String pattern, Locale locale) {
		try {
			return Optional.of(new MessageFormat(pattern, languageOf(locale)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Puts the cache in front of the context's {@code messageSource} bean. */
	static final class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
					&& bean instanceof MessageSource source && !(bean instanceof MessageCache)) {
				return new MessageCache(source);
			}
			return bean;
		}

	}

}
