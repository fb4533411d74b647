package com.dossier.supervision;

import static com.dossier.supervision.SupervisionTestData.licence;
import static com.dossier.supervision.SupervisionTestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.Role;
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
 * 电子版《诚信手册》核定(自检) per qualification case over the API: what each case asks for, and each
 * requirement met, missing or pending (with the reason) as the data says.
 */
@HttpTest
class SelfCheckTests {

	static final List<String> FOREIGN_PROOFS = List.of("foreign-investor-registration", "foreign-bank-credit",
			"foreign-performance-enterprise", "foreign-performance-individual");

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
	void eachCaseAsksForItsSections() {
		TestData.Operator local = data.operator();
		JsonNode construction = prepared.selfCheck(local, "CONSTRUCTION");
		assertThat(construction.get("case").asString()).isEqualTo("CONSTRUCTION");
		assertThat(construction.get("ready").asBoolean()).isFalse();
		assertThat(sections(construction)).containsAll(SupervisionTipsTests.CORE)
			.contains("equipment", "audit-report")
			.doesNotContain("plant", "foreign-approval-certificate");
		assertThat(requirements(construction)).contains("section.in_force", "section.last_year", "licence.valid");
		JsonNode design = prepared.selfCheck(local, "DESIGN");
		assertThat(sections(design)).containsAll(SupervisionTipsTests.CORE).doesNotContain("equipment");
		assertThat(requirements(design)).doesNotContain("licence.valid");
		assertThat(statuses(design)).containsOnly("MISSING");

		TestData.Operator foreign = foreignOperator();
		JsonNode foreignConstruction = prepared.selfCheck(foreign, "FOREIGN_CONSTRUCTION");
		assertThat(sections(foreignConstruction)).contains("foreign-approval-certificate", "equipment")
			.doesNotContainAnyElementsOf(FOREIGN_PROOFS);
		JsonNode foreignDesign = prepared.selfCheck(foreign, "FOREIGN_DESIGN");
		assertThat(sections(foreignDesign)).contains("foreign-approval-certificate")
			.containsAll(FOREIGN_PROOFS)
			.doesNotContain("equipment");
	}

	@Test
	void aHandbookWithEverythingInForceIsReadyForItsCase() {
		TestData.Operator op = data.operator();
		prepared.verified(op, SupervisionTipsTests.CORE, Map.of());
		prepared.verified(op, List.of("audit-report"), prepared.lastYearsAudit());
		JsonNode design = prepared.selfCheck(op, "DESIGN");
		assertThat(statuses(design)).containsOnly("MET");
		assertThat(design.get("ready").asBoolean()).isTrue();

		JsonNode construction = prepared.selfCheck(op, "CONSTRUCTION");
		assertThat(construction.get("ready").asBoolean()).isFalse();
		assertThat(item(construction, "section.in_force", "equipment").get("status").asString()).isEqualTo("MISSING");
		JsonNode licence = item(construction, "licence.valid", null);
		assertThat(licence.get("status").asString()).isEqualTo("MISSING");
		assertThat(licence.get("message").asString()).contains("没有安全生产许可证");

		prepared.importRegistry(op, List.of(licence("L9-" + op.creditCode(), prepared.today().minusDays(3))),
				List.of());
		assertThat(item(prepared.selfCheck(op, "CONSTRUCTION"), "licence.valid", null).get("message").asString())
			.contains("已过期");
		prepared.importRegistry(op, List.of(licence("L9-" + op.creditCode(), prepared.today().plusYears(1))),
				List.of());
		prepared.verified(op, List.of("equipment"), Map.of());
		assertThat(prepared.selfCheck(op, "CONSTRUCTION").get("ready").asBoolean()).isTrue();
	}

	@Test
	void aRecordOnItsWayIsPendingWithWhereItStands() {
		TestData.Operator op = data.operator();
		HandbookRecord draft = prepared.draft(op, "principal", Map.of());
		JsonNode scan = item(prepared.selfCheck(op, "DESIGN"), "section.in_force", "principal");
		assertThat(scan.get("status").asString()).isEqualTo("PENDING");
		assertThat(scan.get("message").asString()).contains("缺少附件");
		assertThat(scan.get("link").asString()).isEqualTo("/handbook/records/" + draft.id() + "/edit");

		prepared.withScans(draft);
		assertThat(item(prepared.selfCheck(op, "DESIGN"), "section.in_force", "principal").get("message").asString())
			.contains("尚未提交");
		String number = prepared.file(op, List.of(draft.id()));
		assertThat(item(prepared.selfCheck(op, "DESIGN"), "section.in_force", "principal").get("message").asString())
			.contains("等待窗口校对");
		prepared.decide(number, List.of(draft.id()), "任命文件无盖章");
		JsonNode failed = item(prepared.selfCheck(op, "DESIGN"), "section.in_force", "principal");
		assertThat(failed.get("status").asString()).isEqualTo("PENDING");
		assertThat(failed.get("message").asString()).contains("任命文件无盖章");

		prepared.draft(op, "audit-report", prepared.lastYearsAudit());
		JsonNode design = prepared.selfCheck(op, "DESIGN");
		assertThat(item(design, "section.last_year", "audit-report").get("status").asString()).isEqualTo("PENDING");
		assertThat(item(design, "section.in_force", "audit-report").get("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void aCaseThatIsNotTheEnterprisesOrUnknownIsRefusedClearly() {
		TestData.Operator local = data.operator();
		var foreignCase = prepared.api(local).get("/api/v1/enterprise/self-check?case=FOREIGN_DESIGN");
		assertThat(foreignCase.statusCode()).isEqualTo(422);
		assertThat(foreignCase.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		JsonNode problem = SupervisionTestData.JSON.readTree(foreignCase.body());
		assertThat(problem.get("code").asString()).isEqualTo("self_check.case_not_applicable");
		assertThat(problem.get("detail").asString()).contains("FOREIGN_DESIGN");

		var unknown = prepared.api(local).language("en").get("/api/v1/enterprise/self-check?case=BRIDGES");
		assertThat(unknown.statusCode()).isEqualTo(400);
		JsonNode bad = SupervisionTestData.JSON.readTree(unknown.body());
		assertThat(bad.get("code").asString()).isEqualTo("self_check.case_unknown");
		assertThat(bad.get("detail").asString()).contains("There is no kind of qualification \"BRIDGES\"");

		JsonNode byDefault = SupervisionTestData.JSON
			.readTree(prepared.api(foreignOperator()).get("/api/v1/enterprise/self-check").body());
		assertThat(byDefault.get("case").asString()).isEqualTo("FOREIGN_CONSTRUCTION");
	}

	private TestData.Operator foreignOperator() {
		return foreignOperator(enterprises, accounts);
	}

	/** An operator of a new foreign-invested enterprise. */
	static TestData.Operator foreignOperator(EnterpriseService enterprises, AccountService accounts) {
		String code = TestData.creditCode();
		long id = enterprises
			.create(new EnterpriseData(code, "外资自检企业" + TestData.unique(), Enterprise.Region.LOCAL, true, "上海市测试路 9 号",
					"Test Person", new java.math.BigDecimal("100"), java.time.LocalDate.of(2012, 1, 1)));
		enterprises.changeContact(id, null, new Contact("测试联系人", "021-60000000", "13800000000"));
		String username = "foreign-" + TestData.unique();
		accounts.create(new NewAccount(username, null, Role.ENTERPRISE, code, TestData.PASSWORD));
		return new TestData.Operator(username, id, code);
	}

	static List<String> sections(JsonNode check) {
		List<String> sections = new ArrayList<>();
		check.get("items").forEach(i -> {
			if (text(i.path("section")) != null) {
				sections.add(i.get("section").asString());
			}
		});
		return sections;
	}

	static List<String> requirements(JsonNode check) {
		return check.get("items").valueStream().map(i -> i.get("requirement").asString()).toList();
	}

	static List<String> statuses(JsonNode check) {
		return check.get("items").valueStream().map(i -> i.get("status").asString()).toList();
	}

	static JsonNode item(JsonNode check, String requirement, String section) {
		return check.get("items")
			.valueStream()
			.filter(i -> i.get("requirement").asString().equals(requirement)
					&& java.util.Objects.equals(section, text(i.path("section"))))
			.findFirst()
			.orElseThrow(() -> new AssertionError(requirement + " " + section + " in " + check));
	}

}
