package com.dossier.shared.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN unless the user picks English ({@code ?lang=en}, remembered in a cookie) or the
 * browser prefers it. Only the two languages we have texts for are ever chosen, whatever
 * a client sends.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	@Bean
	static MessageCache.Installer messageCache() {
		return new MessageCache.Installer();
	}

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	static Locale supported(Locale requested) {
		if (requested != null && "en".equals(requested.getLanguage())) {
			return Locale.ENGLISH;
		}
		return CHINESE;
	}

	private static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("lang");
			setDefaultLocaleFunction(SupportedLocaleResolver::fromBrowser);
		}

		private static Locale fromBrowser(HttpServletRequest request) {
			if (request.getHeader("Accept-Language") == null) {
				return CHINESE;
			}
			for (Locale tag : Collections.list(request.getLocales())) {
				if ("zh".equals(tag.getLanguage()) || "en".equals(tag.getLanguage())) {
					return supported(tag);
				}
			}
			return CHINESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, locale == null ? null : supported(locale));
		}

	}

}
