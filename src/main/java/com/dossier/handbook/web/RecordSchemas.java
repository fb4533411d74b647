package com.dossier.handbook.web;

import java.util.List;
import java.util.Locale;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.FieldType;
import com.dossier.handbook.SectionCatalog;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The section-driven part of the OpenAPI document: a record's {@code data} is one of the
 * sections' shapes, each written from its definition (types, required fields, options,
 * limits, labels), so the document changes when a definition does and never by hand.
 */
@Component
class RecordSchemas implements OpenApiCustomizer {

	static final String PREFIX = "RecordData.";

	private final SectionCatalog catalog;

	private final SectionTexts texts;

	RecordSchemas(SectionCatalog catalog, SectionTexts texts) {
		this.catalog = catalog;
		this.texts = texts;
	}

	@Override
	public void customise(OpenAPI api) {
		List<Schema> shapes = catalog.all().stream().<Schema>map(s -> {
			api.getComponents().addSchemas(PREFIX + s.code(), data(s));
			return new Schema<>().$ref("#/components/schemas/" + PREFIX + s.code());
		}).toList();
		for (String view : List.of("RecordView", "VersionView")) {
			Schema<?> record = api.getComponents().getSchemas() == null ? null
					: api.getComponents().getSchemas().get(view);
			if (record != null && record.getProperties() != null) {
				record.getProperties()
					.put("data", new Schema<>().oneOf(shapes)
						.description("the fields of the record's section: see RecordData.<section>"));
			}
		}
	}

	private Schema<?> data(SectionDefinition section) {
		ObjectSchema schema = new ObjectSchema();
		schema.description(texts.text(section.nameKey(), SectionTexts.ZH) + " / "
				+ texts.text(section.nameKey(), Locale.ENGLISH) + " (" + section.cardinality().name() + ")");
		for (FieldDef field : section.fields()) {
			schema.addProperty(field.key(), field(field));
			if (field.required()) {
				schema.addRequiredItem(field.key());
			}
		}
		schema.additionalProperties(false);
		return schema;
	}

	private Schema<?> field(FieldDef f) {
		Schema<?> schema = switch (f.type()) {
			case INTEGER, YEAR -> new IntegerSchema();
			case MONEY, DECIMAL -> new NumberSchema();
			case BOOLEAN -> new BooleanSchema();
			case DATE -> new StringSchema().format("date");
			case YEAR_MONTH -> new StringSchema().pattern("^\\d{4}-\\d{2}$");
			case EMAIL -> new StringSchema().format("email");
			default -> new StringSchema().maxLength(f.maxLength());
		};
		if (!f.options().isEmpty() && f.type() != FieldType.BOOLEAN) {
			((Schema<Object>) schema).setEnum(f.options().stream().<Object>map(FieldDef.Option::value).toList());
		}
		if (f.min() != null) {
			schema.minimum(f.min());
		}
		if (f.max() != null) {
			schema.maximum(f.max());
		}
		if (f.isFixed()) {
			schema.readOnly(true);
		}
		return schema.title(texts.text(f.labelKey(), SectionTexts.ZH))
			.description(f.type().name() + (f.minExclusive() ? ", greater than the minimum" : "") + " — "
					+ texts.text(f.labelKey(), Locale.ENGLISH));
	}

}
