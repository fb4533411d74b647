package com.dossier.handbook;

import java.util.List;
import java.util.Optional;

/**
 * Everything the product knows about one 信息自助变更 section: it drives storage, validation,
 * the form, the table, the API, Excel and print. Adding a section is adding one of these
 * (in {@link SectionDefinitions}) and its messages.
 *
 * @param columns field keys shown in the table, between 序号 and 数据等级
 * @param ruleKeys message keys of the red attachment rules printed under the form
 * @param noteKey optional explanation shown above the section (which qualification cases
 * need it)
 * @param templateKey optional message key of a 模板下载 link text
 * @param requirements which qualification cases need the section (动态监管提示, 自检)
 */
public record SectionDefinition(String code, Cardinality cardinality, boolean foreignOnly, List<FieldDef> fields,
		List<String> columns, List<AttachmentKind> attachmentKinds, List<String> ruleKeys, List<CrossFieldRule> rules,
		String noteKey, String templateKey, Requirements requirements) {

	public String nameKey() {
		return "handbook.section." + code;
	}

	public boolean many() {
		return cardinality == Cardinality.MANY;
	}

	public Optional<FieldDef> field(String key) {
		return fields.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	/** Whether a review under {@code c} needs a record of this section in force. */
	public boolean requiredFor(QualificationCase c) {
		return requirements.cases().contains(c);
	}

	/** The yearly rule (the audit report of last year), if the section has one. */
	public Optional<Requirements.Yearly> yearly() {
		return Optional.ofNullable(requirements.yearly());
	}

	public List<FieldDef> columnFields() {
		return columns.stream().map(k -> field(k).orElseThrow()).toList();
	}

	/**
	 * What Excel carries: the table's columns first, then the other editable fields (备注),
	 * never fixed ones.
	 */
	public List<FieldDef> exchangeFields() {
		List<FieldDef> rest = fields.stream().filter(f -> !columns.contains(f.key()) && !f.isFixed()).toList();
		return java.util.stream.Stream.concat(columnFields().stream(), rest.stream()).toList();
	}
}
