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
