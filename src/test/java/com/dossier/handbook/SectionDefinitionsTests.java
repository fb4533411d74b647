package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SectionDefinitionsTests {

	private final SectionCatalog catalog = new SectionCatalog();

	@Test
	void definesTheSeventeenSectionsOfTheGuideWithExactlyTheDesignFieldKeys() {
		Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
		List<String> person = List.of("name", "idType", "idNumber", "position", "title", "phone");
		expected.put("legal-person", person);
		expected.put("principal", person);
		expected.put("technical-lead", List.of("name", "idType", "idNumber", "position", "title", "phone", "major",
				"education", "yearsOfExperience", "registration"));
		expected.put("finance-lead", person);
		expected.put("business-lead", person);
		expected.put("key-personnel", List.of("name", "idType", "idNumber", "position", "title", "major"));
		expected.put("contact-info", List.of("address", "postcode", "phone", "fax", "email", "website"));
		expected.put("equipment", List.of("name", "model", "origin", "manufactureDate", "quantity", "powerKw",
				"originalValue", "netValue", "remark"));
		expected.put("plant", List.of("address", "area", "ownership", "remark"));
		expected.put("audit-report", List.of("reportType", "year", "issueDate", "netAssets", "totalRevenue",
				"supervisionRevenue", "biddingAgencyRevenue", "costConsultingRevenue"));
		expected.put("labor-subsidiary",
				List.of("subsidiaryName", "subsidiaryCreditCode", "relationship", "shareholdingRatio"));
		expected.put("branch-social-security", List.of("branchName", "location", "period", "insuredCount"));
		expected.put("foreign-approval-certificate",
				List.of("certificateName", "certificateNumber", "shareholderName"));
		List<String> proof = List.of("certificateName", "shareholderName", "foreignLanguage");
		expected.put("foreign-investor-registration", proof);
		expected.put("foreign-bank-credit", proof);
		expected.put("foreign-performance-enterprise", proof);
		expected.put("foreign-performance-individual", proof);

		assertThat(catalog.all()).extracting(SectionDefinition::code).containsExactlyElementsOf(expected.keySet());
		catalog.all()
			.forEach(d -> assertThat(d.fields()).as(d.code())
				.extracting(FieldDef::key)
				.containsExactlyElementsOf(expected.get(d.code())));
	}

	@Test
	void foreignSectionsAreForForeignInvestedEnterprisesOnly() {
		assertThat(catalog.visibleTo(false)).hasSize(12).noneMatch(SectionDefinition::foreignOnly);
		assertThat(catalog.visibleTo(true)).hasSize(17);
		assertThat(catalog.all().stream().filter(SectionDefinition::foreignOnly))
			.allMatch(d -> d.code().startsWith("foreign-"));
	}

	@Test
	void equipmentListsTheGuidesColumnsAndItsAttachmentRule() {
		SectionDefinition equipment = catalog.find("equipment").orElseThrow();
		assertThat(equipment.columns()).containsExactly("name", "model", "origin", "manufactureDate", "quantity",
				"powerKw", "originalValue", "netValue");
		assertThat(equipment.ruleKeys()).containsExactly("handbook.rule.image");
		assertThat(equipment.attachmentKinds()).extracting(AttachmentKind::policy)
			.containsExactly(AttachmentPolicy.IMAGE);
		assertThat(catalog.find("audit-report").orElseThrow().attachmentKinds()).extracting(AttachmentKind::policy)
			.containsExactly(AttachmentPolicy.PDF);
	}

	@Test
	void everyLabelRuleAndOptionHasAMessageInBothLanguages() throws Exception {
		Properties zh = load("messages/handbook.properties");
		Properties en = load("messages/handbook_en.properties");
		List<String> keys = new ArrayList<>();
		for (SectionDefinition d : catalog.all()) {
			keys.add(d.nameKey());
			keys.addAll(d.ruleKeys());
			Stream.of(d.noteKey(), d.templateKey()).filter(java.util.Objects::nonNull).forEach(keys::add);
			d.attachmentKinds().forEach(k -> keys.add(k.labelKey()));
			for (FieldDef f : d.fields()) {
				keys.add(f.labelKey());
				f.options().forEach(o -> keys.add(o.labelKey()));
			}
		}
		assertThat(keys).allSatisfy(k -> assertThat(zh).as("zh").containsKey(k))
			.allSatisfy(k -> assertThat(en).as("en").containsKey(k));
		assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
		assertThat(zh.getProperty("handbook.rule.image"))
			.isEqualTo("*附件要求: 分辨率 72dpi~100dpi, 比例 1:1, 类型 JPG、JPEG, 大小 小于300KB。");
	}

	static Properties load(String path) throws Exception {
		Properties p = new Properties();
		try (InputStream in = SectionDefinitionsTests.class.getClassLoader().getResourceAsStream(path)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
