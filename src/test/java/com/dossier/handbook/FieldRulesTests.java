package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FieldRulesTests {

	/** The administration's day for these rules ("not in the future"). */
	static final LocalDate TODAY = LocalDate.now(com.dossier.shared.AdministrationTime.DEFAULT_ZONE);

	private final SectionCatalog catalog = new SectionCatalog();

	static Map<String, Object> equipment() {
		Map<String, Object> m = new HashMap<>();
		m.put("name", " 塔式起重机 ");
		m.put("model", "QTZ80");
		m.put("origin", "上海");
		m.put("manufactureDate", "2019-05-01");
		m.put("quantity", 2);
		m.put("powerKw", "45.50");
		m.put("originalValue", "120.5");
		m.put("netValue", 80);
		return m;
	}

	@Test
	void acceptsAValidRecordAndStoresCanonicalValues() {
		Map<String, String> data = FieldRules.check(section("equipment"), equipment(), TODAY);
		assertThat(data).containsEntry("name", "塔式起重机")
			.containsEntry("quantity", "2")
			.containsEntry("powerKw", "45.5")
			.containsEntry("netValue", "80")
			.doesNotContainKey("remark");
	}

	@Test
	void refusesWhatNoPersonTypesAndValuesThatAreNoValue() {
		Map<String, Object> input = equipment();
		input.put("name", "塔式\u0000起重机");
		input.put("model", "QTZ\uD80080");
		input.put("origin", "\u200B\uFEFF\u00A0\u3000");
		input.put("remark", "第一行\r\n第二行\t完");
		FieldErrors errors = errors("equipment", input);
		assertThat(errors.all()).extracting(FieldErrors.FieldError::field, FieldErrors.FieldError::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("name", "field.invalid_character"),
					org.assertj.core.groups.Tuple.tuple("model", "field.invalid_character"),
					org.assertj.core.groups.Tuple.tuple("origin", "field.required"));
	}

	@Test
	void aValueOfTheWrongTypeIsRefusedNotStoredAsItsToString() {
		Map<String, Object> input = equipment();
		input.put("name", Map.of("a", 1));
		input.put("model", java.util.List.of("QTZ80"));
		input.put("origin", true);
		input.put("quantity", Double.POSITIVE_INFINITY);
		input.put("originalValue", new java.math.BigDecimal("1E+400"));
		input.put("netValue", new java.math.BigDecimal("1E-999999999"));
		FieldErrors errors = errors("equipment", input);
		assertThat(errors.all()).extracting(FieldErrors.FieldError::field, FieldErrors.FieldError::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("name", "field.type"),
					org.assertj.core.groups.Tuple.tuple("model", "field.type"),
					org.assertj.core.groups.Tuple.tuple("origin", "field.type"),
					org.assertj.core.groups.Tuple.tuple("quantity", "field.number"),
					org.assertj.core.groups.Tuple.tuple("originalValue", "field.number"),
					org.assertj.core.groups.Tuple.tuple("netValue", "field.number"));
	}

	@Test
	void reportsEveryWrongFieldAtOnce() {
		Map<String, Object> input = equipment();
		input.remove("name");
		input.put("manufactureDate", LocalDate.now().plusDays(3).toString());
		input.put("quantity", "0");
		input.put("originalValue", "1.12345");
		input.put("powerKw", "abc");
		input.put("colour", "red");
		FieldErrors errors = errors("equipment", input);
		assertThat(errors.all()).extracting(FieldErrors.FieldError::field, FieldErrors.FieldError::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("colour", "field.unknown"),
					org.assertj.core.groups.Tuple.tuple("name", "field.required"),
					org.assertj.core.groups.Tuple.tuple("manufactureDate", "field.future"),
					org.assertj.core.groups.Tuple.tuple("quantity", "field.min"),
					org.assertj.core.groups.Tuple.tuple("powerKw", "field.number"),
					org.assertj.core.groups.Tuple.tuple("originalValue", "field.scale"));
	}

	@Test
	void netValueMayNotExceedOriginalValue() {
		Map<String, Object> input = equipment();
		input.put("netValue", "120.6");
		assertThat(errors("equipment", input).all()).singleElement()
			.satisfies(e -> assertThat(e.field() + " " + e.code()).isEqualTo("netValue field.not_greater_than"));
	}

	@Test
	void residentIdNumbersNeedTheirCheckDigitOtherDocumentsAPlausibleNumber() {
		Map<String, Object> person = new HashMap<>(
				Map.of("name", "张三", "idType", "ID_CARD", "idNumber", "310101198001010019", "position", "董事长"));
		assertThat(errors("legal-person", person).all()).extracting(FieldErrors.FieldError::code)
			.containsExactly("id_number.check_digit");
		person.put("idNumber", "310101198001010018");
		assertThat(errors("legal-person", person).hasErrors()).isFalse();
		person.put("idType", "PASSPORT");
		person.put("idNumber", "E12345678");
		assertThat(errors("legal-person", person).hasErrors()).isFalse();
		person.put("idType", "DRIVING_LICENCE");
		assertThat(errors("legal-person", person).all()).extracting(FieldErrors.FieldError::code)
			.containsExactly("field.option");
	}

	@Test
	void checksCodesPostcodesMailAndMonths() {
		assertThat(codes("labor-subsidiary",
				Map.of("subsidiaryName", "劳务公司", "subsidiaryCreditCode", "91310000MA1FL0001Q", "relationship",
						"CONTROLLING", "shareholdingRatio", "101")))
			.containsExactlyInAnyOrder("credit_code.check_character", "field.max");
		assertThat(
				codes("contact-info",
						Map.of("address", "上海市", "postcode", "20001", "phone", "021-6666 8888", "email", "not-mail",
								"website", "www.example.com")))
			.containsExactlyInAnyOrder("field.postcode", "field.email");
		assertThat(codes("branch-social-security",
				Map.of("branchName", "北京分公司", "location", "北京", "period", "2024-13", "insuredCount", "3.5")))
			.containsExactlyInAnyOrder("field.year_month", "field.integer");
		assertThat(codes("plant", Map.of("address", "嘉定区", "area", "0", "ownership", "RENT")))
			.containsExactlyInAnyOrder("field.greater_than", "field.option");
	}

	@Test
	void fixedCertificateNamesAreAlwaysTheGuidesWording() {
		Map<String, String> data = FieldRules.check(section("foreign-bank-credit"),
				Map.of("certificateName", "anything", "shareholderName", "ACME Ltd", "foreignLanguage", "是"), TODAY);
		assertThat(data).containsEntry("certificateName", "近三年的银行资信证明").containsEntry("foreignLanguage", "true");
		AttachmentKind translation = section("foreign-bank-credit").attachmentKinds().get(1);
		assertThat(translation.requiredFor(data)).isTrue();
		assertThat(translation.requiredFor(Map.of("foreignLanguage", "false"))).isFalse();
	}

	@Test
	void auditYearsAreNotInTheFuture() {
		Map<String, Object> input = new HashMap<>(
				Map.of("reportType", "ANNUAL", "year", String.valueOf(LocalDate.now().getYear() + 1), "issueDate",
						"2024-03-31", "netAssets", "-5.5", "totalRevenue", "1000"));
		assertThat(codes("audit-report", input)).containsExactly("field.future");
		input.put("year", "2023");
		assertThat(FieldRules.check(section("audit-report"), input, TODAY)).containsEntry("netAssets", "-5.5");
	}

	@Test
	void throwsInvalidInputWithTheErrors() {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> FieldRules.check(section("equipment"), Map.of(), TODAY));
		assertThat(e.errors().all()).hasSize(7);
	}

	private java.util.List<String> codes(String section, Map<String, ?> input) {
		return errors(section, input).all().stream().map(FieldErrors.FieldError::code).toList();
	}

	private FieldErrors errors(String section, Map<String, ?> input) {
		FieldErrors errors = new FieldErrors();
		FieldRules.check(section(section), input, errors, TODAY);
		return errors;
	}

	private SectionDefinition section(String code) {
		return catalog.find(code).orElseThrow();
	}

}
