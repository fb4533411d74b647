package com.dossier.handbook.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A section definition as the API serves it: codes, labels in both languages, types and
 * constraints.
 */
final class DefinitionJson {

	private DefinitionJson() {
	}

	record SectionView(String code, Map<String, String> name, String cardinality, boolean foreignOnly,
			List<FieldView> fields, List<String> columns, List<KindView> attachmentKinds,
			List<Map<String, String>> attachmentRules) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FieldView(String key, String type, boolean required, Map<String, String> label, List<OptionView> options,
			BigDecimal min, Boolean minExclusive, BigDecimal max, int maxLength, Integer maxScale, Boolean notInFuture,
			String fixedValue) {
	}

	record OptionView(String value, Map<String, String> label) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record KindView(String code, String policy, boolean required, Map<String, String> label, String requiredWhen) {
	}

	static SectionView of(SectionDefinition d, SectionTexts texts) {
		return new SectionView(d.code(), texts.both(d.nameKey()), d.cardinality().name(), d.foreignOnly(),
				d.fields().stream().map(f -> field(f, texts)).toList(), d.columns(),
				d.attachmentKinds().stream().map(k -> kind(k, texts)).toList(),
				d.ruleKeys().stream().map(texts::both).toList());
	}

	private static FieldView field(FieldDef f, SectionTexts texts) {
		List<OptionView> options = f.options().isEmpty() ? null
				: f.options().stream().map(o -> new OptionView(o.value(), texts.both(o.labelKey()))).toList();
		boolean numeric = f.type().numeric();
		return new FieldView(f.key(), f.type().name(), f.required(), texts.both(f.labelKey()), options, f.min(),
				f.minExclusive() ? Boolean.TRUE : null, f.max(), f.maxLength(), numeric ? f.maxScale() : null,
				f.notInFuture() ? Boolean.TRUE : null, f.fixedValue());
	}

	private static KindView kind(AttachmentKind k, SectionTexts texts) {
		return new KindView(k.code(), k.policy().name(), k.required(), texts.both(k.labelKey()), k.requiredWhen());
	}

}
