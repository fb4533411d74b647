package com.dossier.shared.web;

import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.expression.StandardBeanExpressionResolver;
import org.springframework.stereotype.Component;

/**
 * Spring MVC evaluates every {@code @RequestParam} and {@code @PathVariable} name as an
 * expression on every request; the standard resolver finds the parsed expression in a map
 * whose {@code computeIfAbsent} takes a lock when two names share a bin, and JFR saw
 * requests wait there for over 20 ms (bench S, 2026-12-03). A value without {@code #{}
 * parses to itself, so it is answered as it is, without the map.
 */
@Component
class LiteralExpressions implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getBeanExpressionResolver() instanceof StandardBeanExpressionResolver) {
			beanFactory.setBeanExpressionResolver(new Resolver(beanFactory.getBeanClassLoader()));
		}
	}

	static final class Resolver extends StandardBeanExpressionResolver {

		Resolver(ClassLoader classLoader) {
			super(classLoader);
		}

		@Override
		public Object evaluate(String value, BeanExpressionContext context) {
			if (value == null || !value.contains(DEFAULT_EXPRESSION_PREFIX)) {
				return value;
			}
			return super.evaluate(value, context);
		}

	}

}
