package com.dossier.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /v3/api-docs} (public: it describes shapes and codes
 * that DESIGN §9 publishes anyway, never data). Every operation lists the RFC 9457
 * problems it may answer with their stable codes, from how the API's errors are mapped
 * ({@link ApiExceptionHandler}): a read 401/403/404, a write also 400/409/422.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenApiCustomizer dossierApiInfo() {
		return api -> {
			api.info(new Info().title("Dossier API")
				.version("v1")
				.description("企业信息采集、维护及原件校对 — REST API v1 (DESIGN §9, §11). Errors are "
						+ "application/problem+json with a stable `code`; field errors list `errors`."));
			Components components = api.getComponents() == null ? new Components() : api.getComponents();
			components.addSchemas(PROBLEM, problemSchema());
			components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
			components.addSecuritySchemes("session",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("SESSION")
						.description("A browser session; writes then need the X-XSRF-TOKEN header."));
			api.components(components);
			api.addSecurityItem(new SecurityRequirement().addList("basic"));
			api.addSecurityItem(new SecurityRequirement().addList("session"));
		};
	}

	@Bean
	OperationCustomizer dossierProblemResponses() {
		return (operation, handler) -> {
			problems(handler).forEach((status, codes) -> respond(operation, status, codes));
			return operation;
		};
	}

	private static Map<String, String> problems(HandlerMethod handler) {
		boolean read = handler.hasMethodAnnotation(GetMapping.class);
		boolean delete = handler.hasMethodAnnotation(DeleteMapping.class);
		boolean open = handler.getMethod().getDeclaringClass().getSimpleName().startsWith("Public");
		Map<String, String> problems = new LinkedHashMap<>();
		if (!read) {
			problems.put("400", "malformed request (`request.malformed`, `request.invalid_json`, …)");
		}
		if (!open) {
			problems.put("401", "not authenticated (`unauthenticated`, `auth.bad_credentials`, `auth.disabled`, "
					+ "`auth.throttled`)");
			problems.put("403", "role or permission not allowed (`forbidden`, `permission.denied`; `csrf` for a "
					+ "browser session without its token)");
		}
		problems.put("404", "not found, also another enterprise's objects (`record.not_found`, `not_found`, …)");
		if (!read) {
			problems.put("409", "conflict (`record.version_conflict`, `record.locked`, `record.pending`, "
					+ "`record.revision_open`, …)");
		}
		if (!read && !delete) {
			problems.put("422", "validation or attachment refused: `errors:[{field, code, message}]` "
					+ "(`field.required`, `id_number.check_digit`, `image.dpi_out_of_range`, `pdf.encrypted`, …)");
		}
		return problems;
	}

	private static void respond(Operation operation, String status, String description) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
		operation.setResponses(responses);
	}

	/** RFC 9457 problem details with Dossier's members. */
	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("path", new StringSchema())
			.addProperty("code", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details; `message`/`detail` in the request's language")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new Schema<Integer>().type("integer"))
			.addProperty("detail", new StringSchema())
			.addProperty("code", new StringSchema().description("stable, e.g. record.version_conflict"))
			.addProperty("message", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldError))
			.addRequiredItem("code");
	}

}
