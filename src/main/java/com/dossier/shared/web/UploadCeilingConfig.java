package com.dossier.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link UploadCeilingFilter} and {@link BodyCeilingFilter} where they must be, with
 * the endpoints the modules declare.
 */
@Configuration(proxyBeanMethods = false)
class UploadCeilingConfig {

	/**
	 * After Spring's request context filter (-105), so that messages are in the request's
	 * language, and before Spring Security's filter chain (-100), whose filters read
	 * parameters and so make Tomcat parse the body.
	 */
	static final int ORDER = -102;

	@Bean
	FilterRegistrationBean<UploadCeilingFilter> uploadCeilingFilter(
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize ceiling,
			@Value("${dossier.upload.ceiling:${spring.servlet.multipart.max-request-size:10MB}}") DataSize defaultCeiling,
			ObjectProvider<UploadEndpoint> endpoints, ApiProblems problems, ApplicationEventPublisher events) {
		FilterRegistrationBean<UploadCeilingFilter> registration = new FilterRegistrationBean<>(new UploadCeilingFilter(
				ceiling.toBytes(), defaultCeiling.toBytes(), endpoints.orderedStream().toList(), problems, events));
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Just before the upload ceiling: a JSON body is refused before anything reads it,
	 * and its message is in the request's language.
	 */
	@Bean
	FilterRegistrationBean<BodyCeilingFilter> bodyCeilingFilter(
			@Value("${dossier.request.body-ceiling:1MB}") DataSize ceiling, ObjectProvider<BodyEndpoint> endpoints,
			ApiProblems problems) {
		FilterRegistrationBean<BodyCeilingFilter> registration = new FilterRegistrationBean<>(
				new BodyCeilingFilter(ceiling.toBytes(), endpoints.orderedStream().toList(), problems));
		registration.setOrder(ORDER - 1);
		return registration;
	}

	/**
	 * Right after the upload ceiling, for the same reason: before anything reads a
	 * parameter.
	 */
	@Bean
	FilterRegistrationBean<ParameterDecodingFilter> parameterDecodingFilter(ApiProblems problems) {
		FilterRegistrationBean<ParameterDecodingFilter> registration = new FilterRegistrationBean<>(
				new ParameterDecodingFilter(problems));
		registration.setOrder(ORDER + 1);
		return registration;
	}

}
