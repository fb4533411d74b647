package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class MessageCacheTests {

	private final AtomicInteger lookups = new AtomicInteger();

	private final StaticMessageSource bundles = new StaticMessageSource() {
		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			lookups.incrementAndGet();
			return super.resolveCodeWithoutArguments(code, locale);
		}
	};

	private final MessageCache cache = new MessageCache(bundles);

	MessageCacheTests() {
		bundles.addMessage("menu.home", Locale.SIMPLIFIED_CHINESE, "首页");
		bundles.addMessage("menu.home", Locale.ENGLISH, "Home");
		bundles.addMessage("page.of", Locale.ENGLISH, "Page {0} of {1}");
		bundles.addMessage("quote", Locale.ENGLISH, "it''s {0}");
		bundles.addMessage("count", Locale.ENGLISH, "{0,number,#,##0} records, {1,choice,0#none|1#one|1<{1} pages}");
		bundles.addMessage("count", Locale.GERMAN, "{0,number,#,##0} Einträge");
		bundles.addMessage("of.a", Locale.ENGLISH, "a copy of {0}");
		bundles.addMessage("bad", Locale.ENGLISH, "a {broken pattern");
	}

	@Test
	void aTextIsLookedUpOncePerLanguage() {
		for (int i = 0; i < 3; i++) {
			assertThat(cache.getMessage("menu.home", new Object[0], "menu.home", Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("首页");
			assertThat(cache.getMessage("menu.home", null, Locale.ENGLISH)).isEqualTo("Home");
		}
		assertThat(lookups).hasValue(2);
	}

	@Test
	void givesWhatTheBundlesGive() {
		assertThat(cache.getMessage("page.of", new Object[] { 2, 5 }, Locale.ENGLISH)).isEqualTo("Page 2 of 5");
		assertThat(cache.getMessage("quote", new Object[0], null, Locale.ENGLISH))
			.isEqualTo(bundles.getMessage("quote", new Object[0], null, Locale.ENGLISH));
		assertThat(cache.getMessage("missing", null, "the default", Locale.ENGLISH)).isEqualTo("the default");
		assertThat(cache.getMessage("missing", null, null, Locale.ENGLISH)).isNull();
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> cache.getMessage("missing", null, Locale.ENGLISH));
		assertThat(cache.getMessage(new DefaultMessageSourceResolvable("menu.home"), Locale.ENGLISH)).isEqualTo("Home");
	}

	@Test
	void formatsArgumentsAsTheBundlesDoAndLooksThePatternUpOnce() {
		Object[][] cases = { { "page.of", new Object[] { 2, 5 } }, { "quote", new Object[] { "x" } },
				{ "count", new Object[] { 12345, 1 } }, { "count", new Object[] { 0, 7 } },
				{ "of.a", new Object[] { null } } };
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.GERMAN }) {
			for (Object[] c : cases) {
				String code = (String) c[0];
				Object[] args = (Object[]) c[1];
				assertThat(cache.getMessage(code, args, "the default {0}", locale)).as(code + " " + locale)
					.isEqualTo(bundles.getMessage(code, args, "the default {0}", locale));
			}
		}
		assertThat(cache.getMessage("count", new Object[] { 12345, 3 }, Locale.ENGLISH))
			.isEqualTo("12,345 records, 3 pages");
		assertThat(cache.getMessage("count", new Object[] { 12345 }, Locale.GERMAN)).isEqualTo("12.345 Einträge");
		int before = lookups.get();
		for (int i = 0; i < 5; i++) {
			cache.getMessage("page.of", new Object[] { i, 9 }, Locale.ENGLISH);
		}
		assertThat(lookups).hasValue(before);
	}

	@Test
	void leavesToTheBundlesWhatOnlyTheyCanAnswer() {
		Object[] nested = { new DefaultMessageSourceResolvable("menu.home") };
		assertThat(cache.getMessage("of.a", nested, Locale.ENGLISH)).isEqualTo("a copy of Home");
		assertThat(cache.getMessage("missing", new Object[] { 3 }, "{0} left", Locale.ENGLISH)).isEqualTo("3 left");
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> cache.getMessage("missing", new Object[] { 3 }, Locale.ENGLISH));
		// A pattern MessageFormat refuses fails as it does in the bundles.
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> bundles.getMessage("bad", new Object[] { 1 }, "d", Locale.ENGLISH));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> cache.getMessage("bad", new Object[] { 1 }, "d", Locale.ENGLISH));
	}

	/**
	 * A shared {@link java.text.MessageFormat} is not safe for concurrent use: each
	 * caller formats with its own copy.
	 */
	@Test
	void threadsFormattingTheSameTextGetTheirOwnFigures() throws Exception {
		int threads = 8;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int t = 0; t < threads; t++) {
				int base = t * 1_000_000;
				results.add(pool.submit(() -> {
					int wrong = 0;
					for (int i = 0; i < 20_000; i++) {
						int n = base + i;
						String expected = String.format(Locale.ENGLISH, "%,d records, one", n);
						if (!expected.equals(cache.getMessage("count", new Object[] { n, 1 }, Locale.ENGLISH))) {
							wrong++;
						}
					}
					return wrong;
				}));
			}
			for (var result : results) {
				assertThat(result.get()).isZero();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void codesMadeFromInputDoNotGrowItWithoutBound() {
		for (int i = 0; i < MessageCache.MAX_ENTRIES + 10; i++) {
			cache.getMessage("code." + i, null, "x", Locale.ENGLISH);
		}
		int before = lookups.get();
		cache.getMessage("code." + (MessageCache.MAX_ENTRIES + 5), null, "x", Locale.ENGLISH);
		assertThat(lookups.get()).isEqualTo(before + 1);
		cache.getMessage("code.1", null, "x", Locale.ENGLISH);
		assertThat(lookups.get()).isEqualTo(before + 1);
	}

}
