package com.dossier.handbook;

import static com.dossier.handbook.AttachmentKind.image;
import static com.dossier.handbook.AttachmentKind.pdf;
import static com.dossier.handbook.FieldDef.of;
import static com.dossier.handbook.FieldType.BOOLEAN;
import static com.dossier.handbook.FieldType.CREDIT_CODE;
import static com.dossier.handbook.FieldType.DATE;
import static com.dossier.handbook.FieldType.DECIMAL;
import static com.dossier.handbook.FieldType.EMAIL;
import static com.dossier.handbook.FieldType.ENUM;
import static com.dossier.handbook.FieldType.ID_NUMBER;
import static com.dossier.handbook.FieldType.ID_TYPE;
import static com.dossier.handbook.FieldType.INTEGER;
import static com.dossier.handbook.FieldType.MONEY;
import static com.dossier.handbook.FieldType.PHONE;
import static com.dossier.handbook.FieldType.POSTCODE;
import static com.dossier.handbook.FieldType.TEXT;
import static com.dossier.handbook.FieldType.URL;
import static com.dossier.handbook.FieldType.YEAR;
import static com.dossier.handbook.FieldType.YEAR_MONTH;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The 17 sections of DESIGN §3, in the order of the guide's menu. This file is the whole
 * specification of a section; nothing else in the code names a section code.
 */
final class SectionDefinitions {

	static final String RESIDENT_CARD = "ID_CARD";

	static final String IMAGE_RULE = "handbook.rule.image";

	private SectionDefinitions() {
	}

	static List<SectionDefinition> all() {
		return List.of(person("legal-person", Cardinality.ONE, List.of(), idDocument()),
				person("principal", Cardinality.ONE, List.of(), idDocument(), image("appointment", true).shows("name")),
				person("technical-lead", Cardinality.ONE, List.of(of("major", TEXT).mandatory(),
						of("education", ENUM).mandatory()
							.options("education", "DOCTORATE", "MASTER", "BACHELOR", "COLLEGE", "SECONDARY", "OTHER"),
						of("yearsOfExperience", INTEGER).mandatory().range("0", "70"), of("registration", TEXT)),
						idDocument(), image("title-certificate", true).shows("name"),
						image("education-certificate", true).shows("name")),
				person("finance-lead", Cardinality.ONE, List.of(), idDocument(),
						image("title-certificate", true).shows("name")),
				person("business-lead", Cardinality.ONE, List.of(), idDocument(),
						image("appointment", true).shows("name")),
				person("key-personnel", Cardinality.MANY, List.of(of("major", TEXT)), idDocument(),
						image("certificates", false).shows("name")),
				new Builder("contact-info", Cardinality.ONE)
					.fields(of("address", TEXT).mandatory().maxLength(200), of("postcode", POSTCODE).mandatory(),
							of("phone", PHONE).mandatory(), of("fax", PHONE), of("email", EMAIL),
							of("website", URL).maxLength(200))
					.requiredFor(QualificationCase.values())
					.build(),
				new Builder("equipment", Cardinality.MANY)
					.fields(of("name", TEXT).mandatory().label("handbook.field.equipment.name"),
							of("model", TEXT).mandatory(), of("origin", TEXT).mandatory(),
							of("manufactureDate", DATE).mandatory().noFuture(),
							of("quantity", INTEGER).mandatory().range("1", "100000"),
							of("powerKw", DECIMAL).range("0", "1000000"), of("originalValue", MONEY).mandatory(),
							of("netValue", MONEY).mandatory(), remark())
					.columns("name", "model", "origin", "manufactureDate", "quantity", "powerKw", "originalValue",
							"netValue")
					.rule(new CrossFieldRule.NotGreaterThan("netValue", "originalValue",
							"handbook.field.originalValue"))
					.attachments(image("invoice", true).shows("name", "model"))
					.requiredFor(QualificationCase.CONSTRUCTION, QualificationCase.FOREIGN_CONSTRUCTION)
					.build(),
				new Builder("plant", Cardinality.MANY)
					.fields(of("address", TEXT).mandatory().maxLength(200).label("handbook.field.plant.address"),
							of("area", DECIMAL).mandatory().range(null, "100000000").above("0"),
							of("ownership", ENUM).mandatory().options("ownership", "OWN", "LEASE"), remark())
					.columns("address", "area", "ownership")
					.attachments(image("property-proof", true))
					.build(),
				new Builder("audit-report", Cardinality.MANY)
					.fields(of("reportType", ENUM).mandatory().options("reportType", "ANNUAL", "INTERIM"),
							of("year", YEAR).mandatory().range("1949", null).noFuture(),
							of("issueDate", DATE).mandatory().noFuture(),
							of("netAssets", MONEY).mandatory().range("-9999999999", "9999999999"),
							of("totalRevenue", MONEY).mandatory(), of("supervisionRevenue", MONEY),
							of("biddingAgencyRevenue", MONEY), of("costConsultingRevenue", MONEY))
					.columns("reportType", "year", "issueDate", "netAssets", "totalRevenue")
					.attachments(pdf("audit-report", true).shows("year"))
					.ruleKeys("handbook.rule.pdf", "handbook.rule.audit-contents")
					.requiredFor(QualificationCase.values())
					.yearly("year", "reportType", "ANNUAL")
					.build(),
				new Builder("labor-subsidiary", Cardinality.MANY)
					.fields(of("subsidiaryName", TEXT).mandatory().maxLength(200),
							of("subsidiaryCreditCode", CREDIT_CODE).mandatory(),
							of("relationship", ENUM).mandatory().options("relationship", "WHOLLY_OWNED", "CONTROLLING"),
							of("shareholdingRatio", DECIMAL).range("0", "100"))
					.attachments(image("licence", true).shows("subsidiaryName", "subsidiaryCreditCode"),
							image("articles", false))
					.build(),
				new Builder("branch-social-security", Cardinality.MANY)
					.fields(of("branchName", TEXT).mandatory().maxLength(200), of("location", TEXT).mandatory(),
							of("period", YEAR_MONTH).mandatory().noFuture(),
							of("insuredCount", INTEGER).mandatory().range("0", "1000000"))
					.attachments(image("payment-voucher", true).shows("branchName"))
					.build(),
				new Builder("foreign-approval-certificate", Cardinality.MANY)
					.fields(of("certificateName", TEXT).fixed("外商投资企业批准证书"), of("certificateNumber", TEXT).mandatory(),
							of("shareholderName", TEXT).mandatory())
					.attachments(image("certificate", true).shows("certificateNumber", "shareholderName"))
					.foreign("handbook.note.construction-and-design", null)
					.requiredFor(QualificationCase.FOREIGN_CONSTRUCTION, QualificationCase.FOREIGN_DESIGN)
					.build(),
				foreignProof("foreign-investor-registration", "外方投资者所在国或者地区从事建设工程设计的企业注册登记证明", null),
				foreignProof("foreign-bank-credit", "近三年的银行资信证明", null),
				foreignProof("foreign-performance-enterprise", "外国服务者（企业）在中国境外完成的业绩证明", "handbook.template.download"),
				foreignProof("foreign-performance-individual", "外国服务者（个人）在中国境外完成的业绩证明", "handbook.template.download"));
	}

	/**
	 * 法人, 负责人 and 其他主要人员 share the identity fields; the ID number follows the chosen
	 * document type.
	 */
	private static SectionDefinition person(String code, Cardinality cardinality, List<FieldDef> extra,
			AttachmentKind... kinds) {
		List<FieldDef> fields = new ArrayList<>(List.of(of("name", TEXT).mandatory().maxLength(50),
				of("idType", ID_TYPE).mandatory().options("idType", RESIDENT_CARD, "PASSPORT", "HK_MACAO", "TAIWAN"),
				of("idNumber", ID_NUMBER).mandatory(), of("position", TEXT).mandatory(), of("title", TEXT)));
		if (cardinality == Cardinality.ONE) {
			fields.add(of("phone", PHONE));
		}
		fields.addAll(extra);
		return new Builder(code, cardinality).fields(fields.toArray(FieldDef[]::new))
			.columns(Stream
				.concat(Stream.of("name", "idType", "idNumber", "position", "title"), extra.stream().map(FieldDef::key))
				.toArray(String[]::new))
			.rule(new CrossFieldRule.IdNumberMatchesType("idType", "idNumber", RESIDENT_CARD))
			.attachments(kinds)
			.requiredFor(QualificationCase.values())
			.build();
	}

	/**
	 * The four proofs of a foreign service provider; a foreign-language proof needs its
	 * translation too.
	 */
	private static SectionDefinition foreignProof(String code, String certificateName, String templateKey) {
		return new Builder(code, Cardinality.MANY)
			.fields(of("certificateName", TEXT).fixed(certificateName), of("shareholderName", TEXT).mandatory(),
					of("foreignLanguage", BOOLEAN).mandatory().options("yesNo", "true", "false"))
			.attachments(image("proof", true).shows("shareholderName"),
					image("translation", false).requiredWhen("foreignLanguage"),
					image("translation-licence", false).requiredWhen("foreignLanguage"))
			.ruleKeys(IMAGE_RULE, "handbook.rule.foreign-translation")
			.foreign("handbook.note.design", templateKey)
			.requiredFor(QualificationCase.FOREIGN_DESIGN)
			.build();
	}

	/** Every person's ID document prints the name and the number entered. */
	private static AttachmentKind idDocument() {
		return image("id-document", true).shows("name", "idNumber");
	}

	private static FieldDef remark() {
		return of("remark", TEXT).maxLength(500);
	}

	private static final class Builder {

		private final String code;

		private final Cardinality cardinality;

		private List<FieldDef> fields = List.of();

		private List<String> columns;

		private List<AttachmentKind> kinds = List.of();

		private List<String> ruleKeys;

		private final List<CrossFieldRule> rules = new ArrayList<>();

		private boolean foreignOnly;

		private String noteKey;

		private String templateKey;

		private Set<QualificationCase> requiredFor = Set.of();

		private Requirements.Yearly yearly;

		Builder(String code, Cardinality cardinality) {
			this.code = code;
			this.cardinality = cardinality;
		}

		Builder fields(FieldDef... defs) {
			this.fields = List.of(defs);
			return this;
		}

		Builder columns(String... keys) {
			this.columns = List.of(keys);
			return this;
		}

		Builder attachments(AttachmentKind... list) {
			this.kinds = List.of(list);
			return this;
		}

		Builder ruleKeys(String... keys) {
			this.ruleKeys = List.of(keys);
			return this;
		}

		Builder rule(CrossFieldRule rule) {
			rules.add(rule);
			return this;
		}

		Builder foreign(String note, String template) {
			this.foreignOnly = true;
			this.noteKey = note;
			this.templateKey = template;
			return this;
		}

		/**
		 * The qualification cases whose review needs a record of this section in force.
		 */
		Builder requiredFor(QualificationCase... cases) {
			this.requiredFor = cases.length == 0 ? Set.of() : EnumSet.copyOf(List.of(cases));
			return this;
		}

		/**
		 * A review needs last year's record: {@code typeField} = {@code typeValue}, that
		 * year.
		 */
		Builder yearly(String yearField, String typeField, String typeValue) {
			this.yearly = new Requirements.Yearly(yearField, typeField, typeValue);
			return this;
		}

		SectionDefinition build() {
			List<String> cols = columns != null ? columns
					: fields.stream().filter(f -> !f.isFixed()).map(FieldDef::key).toList();
			List<String> rulesText = ruleKeys != null ? ruleKeys : kinds.isEmpty() ? List.of() : List.of(IMAGE_RULE);
			return new SectionDefinition(code, cardinality, foreignOnly, fields, cols, kinds, rulesText,
					List.copyOf(rules), noteKey, templateKey, new Requirements(requiredFor, yearly));
		}

	}

}
