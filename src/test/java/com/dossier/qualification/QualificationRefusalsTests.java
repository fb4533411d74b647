package com.dossier.qualification;

import static com.dossier.qualification.QualificationTestData.api;
import static com.dossier.qualification.QualificationTestData.filing;
import static com.dossier.qualification.QualificationTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What cannot be cited or asked for is refused with why, and nothing is filed: not even a
 * number is used.
 */
@HttpTest
class QualificationRefusalsTests {

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
	RecordLifecycle lifecycle;

	@Autowired
	JdbcClient jdbc;

	QualificationTestData records;

	@BeforeEach
	void records() {
		records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
	}

	@Test
	void draftsPendingFailedAndRevisedRecordsAreNotCitableAndSayWhy() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		long draft = records.draft(operator.enterpriseId());
		long pending = records.draft(operator.enterpriseId());
		records.file(operator, List.of(pending));
		long revised = records.verified(operator, 1).get(0);
		handbook.openRevision(operator.enterpriseId(), revised);
		long fine = records.verified(operator, 1).get(0);
		long before = filedCount();

		HttpResponse<String> refused = ent.json("POST", "/api/v1/qualification-applications",
				filing(List.of(fine, draft, pending, revised)));
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = json(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("record.not_citable");
		assertThat(problem.get("errors").findValuesAsString("code")).containsExactly("qualification.cite.draft",
				"qualification.cite.pending", "qualification.cite.revision");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("#" + draft);
		assertThat(filedCount()).isEqualTo(before);
	}

	@Test
	void aFailedRecordIsRefusedInEnglishToo() {
		TestData.Operator operator = data.operator();
		long failed = records.draft(operator.enterpriseId());
		String number = records.file(operator, List.of(failed));
		var clerk = new com.dossier.shared.security.CurrentUser(0, data.account(com.dossier.shared.security.Role.CLERK),
				com.dossier.shared.security.Role.CLERK, null);
		verification.claim(clerk, number);
		verification.decide(clerk, number, failed, com.dossier.verification.VerificationApplication.Decision.FAIL,
				"未提供原件");
		HttpResponse<String> refused = api(port, operator.username()).language("en")
			.json("POST", "/api/v1/qualification-applications", filing(List.of(failed)));
		JsonNode problem = json(refused.body());
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("qualification.cite.failed");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("failed original verification");
	}

	@Test
	void anUnknownCategoryOrGradeAMissingKindAndNoRecordsAreFieldErrors() {
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		HttpResponse<String> unknown = ent.json("POST", "/api/v1/qualification-applications",
				filing("FIRST", "no-such", "SECOND", List.of(1L)));
		assertThat(json(unknown.body()).get("errors").findValuesAsString("code"))
			.contains("qualification.category_unknown");
		HttpResponse<String> grade = ent.json("POST", "/api/v1/qualification-applications",
				filing("FIRST", "supervision", "SPECIAL", List.of(1L)));
		assertThat(json(grade.body()).get("errors").findValuesAsString("field")).containsExactly("grade");
		HttpResponse<String> empty = ent.json("POST", "/api/v1/qualification-applications", "{}");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(json(empty.body()).get("errors").findValuesAsString("field")).contains("kind", "category",
				"recordIds");
		HttpResponse<String> badKind = ent.json("POST", "/api/v1/qualification-applications",
				filing("SOMETIMES", "supervision", "A", List.of(1L)));
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(ent.json("GET", "/api/v1/qualification-applications/W2026112400001", null).statusCode())
			.isEqualTo(400);
	}

	@Test
	void theCatalogueIsDataAnAdministratorExtends() {
		WebClient admin = api(port, data.account(com.dossier.shared.security.Role.ADMIN));
		JsonNode catalogue = json(admin.json("GET", "/api/v1/qualification-catalogue", null).body());
		assertThat(catalogue.findValuesAsString("category")).contains("building-construction", "supervision");
		String code = "landscape-" + TestData.unique().toLowerCase();
		String body = QualificationTestData.JSON
			.writeValueAsString(Map.of("category", code, "name", Map.of("zh", "园林绿化", "en", "Landscaping"), "grades",
					List.of(Map.of("grade", "FIRST", "name", Map.of("zh", "一级", "en", "Grade I")))));
		HttpResponse<String> added = admin.json("POST", "/api/v1/admin/qualification-catalogue", body);
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(json(added.body()).get("grades").get(0).get("grade").asString()).isEqualTo("FIRST");
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'qualification.catalogue_extended'"
					+ " and target = ?")
			.param("qualification-category:" + code)
			.query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> bad = admin.json("POST", "/api/v1/admin/qualification-catalogue",
				"{\"category\":\"Bad Code\",\"grades\":[]}");
		assertThat(bad.statusCode()).isEqualTo(422);
		TestData.Operator operator = data.operator();
		WebClient ent = api(port, operator.username());
		assertThat(ent.json("POST", "/api/v1/admin/qualification-catalogue", body).statusCode()).isEqualTo(403);
		long c = records.verified(operator, 1).get(0);
		assertThat(ent.json("POST", "/api/v1/qualification-applications", filing("ADD", code, "FIRST", List.of(c)))
			.statusCode()).isEqualTo(201);
	}

	private long filedCount() {
		return jdbc.sql("select coalesce(sum(last_number), 0) from qualification_sequence").query(Long.class).single();
	}

}
