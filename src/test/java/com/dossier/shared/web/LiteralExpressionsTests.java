package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.expression.StandardBeanExpressionResolver;

class LiteralExpressionsTests {

	private final DefaultListableBeanFactory factory = new DefaultListableBeanFactory();

	private final BeanExpressionContext context = new BeanExpressionContext(factory, null);

	@Test
	void answersWhatTheStandardResolverAnswers() {
		factory.setBeanExpressionResolver(new StandardBeanExpressionResolver());
		new LiteralExpressions().postProcessBeanFactory(factory);
		var resolver = factory.getBeanExpressionResolver();
		assertThat(resolver).isInstanceOf(LiteralExpressions.Resolver.class);
		var standard = new StandardBeanExpressionResolver();
		for (String value : new String[] { "page", "", "section code", "#{1 + 1}", "a #{'b'} c", "{0}", "#", "${x}" }) {
			assertThat(resolver.evaluate(value, context)).as(value).isEqualTo(standard.evaluate(value, context));
		}
		assertThat(resolver.evaluate(null, context)).isNull();
		assertThat(resolver.evaluate("#{1 + 1}", context)).isEqualTo(2);
	}

}
