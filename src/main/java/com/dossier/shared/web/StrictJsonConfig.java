package com.dossier.shared.web;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON requests carry the types they claim: Jackson's default coercions read {@code 1.9}
 * as the id 1, {@code "7"} as 7 and {@code true} as the text "true", so a wrong type
 * would pass unnoticed. Each is refused instead, as a field error naming where in the
 * body it was (see {@link ApiExceptionHandler}). Enum indexes ({@code "result": 1}) are
 * turned off in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfig {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> builder
			.withCoercionConfig(LogicalType.Textual,
					c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer,
					c -> fail(c, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, c -> fail(c, CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean,
					c -> fail(c, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float));
	}

	private static void fail(MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

}
