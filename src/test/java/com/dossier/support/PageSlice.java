package com.dossier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.dossier.certificate.web.CertificateView;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionTexts;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice for one feature's page controllers: MVC, the shared web layer (error
 * handling, flash, the JTE view with the compiled templates) and Spring Security's
 * defaults, without the database. The interceptors other features add to every page get
 * mocked services; the test mocks its controller's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.dossier\\.shared\\..*"))
@Import(PageSlice.Templates.class)
@MockitoBean(types = { HandbookService.class, SectionTexts.class, CertificateView.class })
@TestPropertySource(properties = "spring.flyway.enabled=false")
public @interface PageSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	@TestConfiguration(proxyBeanMethods = false)
	class Templates {

		/** The templates compiled by the build, as the application renders them. */
		@Bean
		TemplateEngine templateEngine() {
			return TemplateEngine.createPrecompiled(ContentType.Html);
		}

	}

}
