package com.dossier.supervision;

import static com.dossier.supervision.SupervisionTestData.licence;
import static com.dossier.supervision.SupervisionTestData.of;
import static com.dossier.supervision.SupervisionTestData.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each tip code appears over the API when its condition holds and disappears once it is
 * dealt with, on data prepared the way the product makes it.
 */
@HttpTest
class SupervisionTipsTests {

	/**
	 * What every case asks of a local enterprise, audit report aside
	 * (docs/supervision.md).
	 */
	static final List<String> CORE = List.of("legal-person", "principal", "technical-lead", "finance-lead",
			"business-lead", "key-personnel", "contact-info");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Autowired
	QualificationService qualifications;

	@Autowired
	AdministrationTime time;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AccountService accounts;

	SupervisionTestData prepared;

	@BeforeEach
	void prepare() {
		prepared = new SupervisionTestData(port, data, handbook, attachments, verification, qualifications, time);
	}

	@Test
	void aFreshEnterpriseMissesEveryRequiredSectionUntilItsRecordsAreInForce() {
		TestData.Operator op = data.operator();
		JsonNode tips = prepared.tips(op);
		for (String section : CORE) {
			List<JsonNode> missing = of(tips, "section.missing", section);
			assertThat(missing).as(section).hasSize(1);
			assertThat(missing.get(0).get("severity").asString()).isEqualTo("ERROR");
			assertThat(missing.get(0).get("link").asString()).isEqualTo("/handbook/sections/" + section);
		}
		assertThat(of(tips, "section.missing", "equipment")).as("construction only").isEmpty();
		assertThat(of(tips, "section.missing", "plant")).as("no case needs it").isEmpty();
		assertThat(of(tips, "section.missing", "audit-report")).as("the yearly tip instead").isEmpty();
		JsonNode year = of(tips, "audit_report.missing_year", "audit-report").get(0);
		assertThat(year.get("message").asString()).contains(String.valueOf(prepared.today().getYear() - 1));

		prepared.verified(op, CORE, Map.of());
		prepared.verified(op, List.of("audit-report"), prepared.lastYearsAudit());

		tips = prepared.tips(op);
		assertThat(of(tips, "section.missing", null)).isEmpty();
		assertThat(of(tips, "audit_report.missing_year", null)).isEmpty();
	}

	@Test
	void anAuditReportOfAnotherYearDoesNotCountForLastYear() {
		TestData.Operator op = data.operator();
		prepared.verified(op, List.of("audit-report"),
				Map.of("reportType", "ANNUAL", "year", String.valueOf(prepared.today().getYear() - 3)));
		assertThat(of(prepared.tips(op), "audit_report.missing_year", null)).hasSize(1);
		prepared.verified(op, List.of("audit-report"),
				Map.of("reportType", "INTERIM", "year", String.valueOf(prepared.today().getYear() - 1)));
		assertThat(of(prepared.tips(op), "audit_report.missing_year", null)).as("an interim one").hasSize(1);
		prepared.verified(op, List.of("audit-report"), prepared.lastYearsAudit());
		assertThat(of(prepared.tips(op), "audit_report.missing_year", null)).isEmpty();
	}

	@Test
	void aRecordsTipsFollowItThroughOriginalVerification() {
		TestData.Operator op = data.operator();
		HandbookRecord draft = prepared.draft(op, "legal-person", Map.of());
		JsonNode scan = single(prepared.tips(op), "attachment.missing", draft.id());
		assertThat(scan.get("section").asString()).isEqualTo("legal-person");
		assertThat(scan.get("severity").asString()).isEqualTo("WARNING");
		assertThat(scan.get("link").asString()).isEqualTo("/handbook/records/" + draft.id() + "/edit");
		assertThat(scan.get("message").asString()).contains("身份证件");
		assertThat(forRecord(prepared.tips(op), "record.draft", draft.id())).as("not fileable yet").isEmpty();

		prepared.withScans(draft);
		JsonNode tips = prepared.tips(op);
		assertThat(forRecord(tips, "attachment.missing", draft.id())).isEmpty();
		assertThat(single(tips, "record.draft", draft.id()).get("severity").asString()).isEqualTo("INFO");

		String number = prepared.file(op, List.of(draft.id()));
		tips = prepared.tips(op);
		assertThat(forRecord(tips, "record.draft", draft.id())).as("filed").isEmpty();
		assertThat(of(tips, "section.missing", "legal-person")).as("not in force yet").hasSize(1);

		prepared.decide(number, List.of(draft.id()), "证件号码与原件不符");
		JsonNode failed = single(prepared.tips(op), "record.failed", draft.id());
		assertThat(failed.get("severity").asString()).isEqualTo("ERROR");
		assertThat(failed.get("message").asString()).contains("证件号码与原件不符");

		HandbookRecord rejected = handbook.get(op.enterpriseId(), draft.id());
		handbook.update(op.enterpriseId(), rejected.id(), rejected.version(), rejected.data());
		tips = prepared.tips(op);
		assertThat(forRecord(tips, "record.failed", draft.id())).as("fixed").isEmpty();
		assertThat(forRecord(tips, "record.draft", draft.id())).as("to file again").hasSize(1);

		String again = prepared.file(op, List.of(draft.id()));
		prepared.decide(again, List.of(draft.id()), null);
		tips = prepared.tips(op);
		assertThat(tips.valueStream().filter(t -> t.path("recordId").asLong() == draft.id())).isEmpty();
		assertThat(of(tips, "section.missing", "legal-person")).isEmpty();
	}

	@Test
	void licencesAndRegistrationsWarnBeforeTheyRunOut() {
		TestData.Operator op = data.operator();
		var today = prepared.today();
		prepared.importRegistry(op, List.of(licence("L1-" + op.creditCode(), today.plusDays(30))),
				List.of(person("P1-" + op.creditCode(), "王注册", today.plusDays(10))));
		JsonNode tips = prepared.tips(op);
		JsonNode expiring = of(tips, "licence.expiring", null).get(0);
		assertThat(expiring.get("severity").asString()).isEqualTo("WARNING");
		assertThat(expiring.get("link").asString()).isEqualTo("/handbook/safety-licences");
		assertThat(expiring.get("message").asString()).contains(today.plusDays(30).toString(), "30");
		JsonNode person = of(tips, "personnel.expiring", null).get(0);
		assertThat(person.get("message").asString()).contains("王注册", today.plusDays(10).toString());
		assertThat(person.get("link").asString()).startsWith("/handbook/personnel/");
		assertThat(of(tips, "licence.expired", null)).isEmpty();

		prepared.importRegistry(op, List.of(licence("L1-" + op.creditCode(), today.minusDays(1))), List.of());
		tips = prepared.tips(op);
		assertThat(of(tips, "licence.expiring", null)).isEmpty();
		assertThat(of(tips, "licence.expired", null).get(0).get("severity").asString()).isEqualTo("ERROR");

		prepared.importRegistry(op, List.of(licence("L1-" + op.creditCode(), today.plusYears(2))),
				List.of(person("P1-" + op.creditCode(), "王注册", today.plusYears(2))));
		tips = prepared.tips(op);
		assertThat(of(tips, "licence.expired", null)).isEmpty();
		assertThat(of(tips, "licence.expiring", null)).isEmpty();
		assertThat(of(tips, "personnel.expiring", null)).isEmpty();
	}

	@Test
	void aReturnedQualificationApplicationWaitsUntilItIsFiledAgain() {
		TestData.Operator op = data.operator();
		List<Long> cited = prepared.verified(op, List.of("equipment"), Map.of());
		String number = prepared.fileQualification(op, cited).number();
		assertThat(of(prepared.tips(op), "qualification.returned", null)).as("in review").isEmpty();
		prepared.returnQualification(number, "技术装备证明不足");
		JsonNode returned = of(prepared.tips(op), "qualification.returned", null).get(0);
		assertThat(returned.get("message").asString()).contains(number, "技术装备证明不足");
		assertThat(returned.get("link").asString()).isEqualTo("/handbook/qualification/" + number);

		prepared.fileQualification(op, cited);
		assertThat(of(prepared.tips(op), "qualification.returned", null)).isEmpty();
	}

	@Test
	void theMostSeriousComeFirstInTheReadersLanguage() {
		TestData.Operator op = data.operator();
		prepared.withScans(prepared.draft(op, "plant", Map.of()));
		prepared.importRegistry(op, List.of(licence("L2-" + op.creditCode(), prepared.today().plusDays(5))), List.of());
		List<String> order = List.of("ERROR", "WARNING", "INFO");
		JsonNode tips = prepared.tips(op);
		List<Integer> ranks = tips.valueStream().map(t -> order.indexOf(t.get("severity").asString())).toList();
		assertThat(ranks).contains(0, 1, 2).isSorted();

		JsonNode english = prepared.tips(op, "en");
		assertThat(of(english, "section.missing", "principal").get(0).get("message").asString())
			.startsWith("Person in charge")
			.contains("no record in force");
		assertThat(of(english, "licence.expiring", null).get(0).get("message").asString()).contains("expires on");
	}

	@Test
	void aForeignInvestedEnterpriseMissesItsApprovalCertificateAndAProofsTranslation() {
		TestData.Operator op = SelfCheckTests.foreignOperator(enterprises, accounts);
		JsonNode tips = prepared.tips(op);
		assertThat(of(tips, "section.missing", "foreign-approval-certificate")).hasSize(1);
		assertThat(of(tips, "section.missing", "foreign-bank-credit")).as("design only").isEmpty();

		HandbookRecord proof = prepared
			.withScans(prepared.draft(op, "foreign-bank-credit", Map.of("foreignLanguage", "false")));
		assertThat(forRecord(prepared.tips(op), "attachment.missing", proof.id())).isEmpty();
		Map<String, String> foreignLanguage = new java.util.LinkedHashMap<>(proof.data());
		foreignLanguage.put("foreignLanguage", "true");
		handbook.update(op.enterpriseId(), proof.id(), proof.version(), foreignLanguage);
		List<JsonNode> translations = forRecord(prepared.tips(op), "attachment.missing", proof.id());
		assertThat(translations).hasSize(2);
		assertThat(translations.get(0).get("message").asString()).contains("翻译件");
	}

	private static JsonNode single(JsonNode tips, String code, long recordId) {
		List<JsonNode> found = forRecord(tips, code, recordId);
		assertThat(found).as(code + " of " + recordId).hasSize(1);
		return found.get(0);
	}

	private static List<JsonNode> forRecord(JsonNode tips, String code, long recordId) {
		return of(tips, code, null).stream().filter(t -> t.path("recordId").asLong() == recordId).toList();
	}

}
