package com.dossier.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 动态监管提示 page, its count in the 诚信手册 menu, the landing page's most serious tips and
 * the 自检 page, in both languages.
 */
@HttpTest
class SupervisionPagesTests {

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

	SupervisionTestData prepared;

	@BeforeEach
	void prepare() {
		prepared = new SupervisionTestData(port, data, handbook, attachments, verification, qualifications, time);
	}

	@Test
	void theTipsPageListsWhatTheApiSaysAndTheMenuCountsThem() {
		TestData.Operator op = data.operator();
		prepared.draft(op, "plant", Map.of());
		int count = prepared.tips(op).size();
		WebClient browser = signedIn(op, "zh-CN");
		String page = browser.get("/handbook/supervision").body();
		assertThat(page).contains("<h1>动态监管提示</h1>", "data-code=\"section.missing\"",
				"data-code=\"attachment.missing\"", "data-code=\"audit_report.missing_year\"");
		assertThat(page.split("class=\"tip tip-", -1)).hasSize(count + 1);
		assertThat(page).contains("id=\"menu-supervision\"", "动态监管提示 (" + count + ")");
		assertThat(page.indexOf("tip-error")).isLessThan(page.indexOf("tip-warning"));

		prepared.draft(op, "equipment", Map.of());
		assertThat(browser.get("/handbook/sections").body()).as("the count is recomputed after a change")
			.contains("动态监管提示 (" + (count + 1) + ")");

		String english = signedIn(op, "en").get("/handbook/supervision").body();
		assertThat(english).contains("Supervision notices (" + (count + 1) + ")", "no record in force");
	}

	@Test
	void theLandingPageShowsTheMostSeriousFirstAndNothingOnceAllIsDone() {
		TestData.Operator op = data.operator();
		prepared.importRegistry(op,
				List.of(SupervisionTestData.licence("L5-" + op.creditCode(), prepared.today().plusDays(20))),
				List.of());
		String landing = signedIn(op, "zh-CN").get("/handbook").body();
		assertThat(landing).contains("id=\"landing-tips\"", "href=\"/handbook/supervision\"");
		assertThat(landing.indexOf("data-severity=\"ERROR\"")).isPositive();
		assertThat(landing.split("class=\"message [a-z]+ landing-tip\"", -1)).hasSize(6);

		TestData.Operator done = data.operator();
		prepared.verified(done, SupervisionTipsTests.CORE, Map.of());
		prepared.verified(done, List.of("audit-report"), prepared.lastYearsAudit());
		WebClient client = signedIn(done, "zh-CN");
		assertThat(client.get("/handbook").body()).doesNotContain("id=\"landing-tips\"").contains("动态监管提示 (0)");
		assertThat(client.get("/handbook/supervision").body()).contains("id=\"no-tips\"", "目前没有需要处理的事项");
	}

	@Test
	void theSelfCheckPageOffersTheEnterprisesCasesAndJudgesEach() {
		TestData.Operator op = data.operator();
		WebClient client = signedIn(op, "zh-CN");
		String page = client.get("/handbook/self-check").body();
		assertThat(page)
			.contains("电子版《诚信手册》核定(自检)", "id=\"case-CONSTRUCTION\"", "id=\"case-DESIGN\"", "data-ready=\"false\"",
					"data-requirement=\"licence.valid\"")
			.doesNotContain("id=\"case-FOREIGN_DESIGN\"");
		assertThat(client.get("/handbook/self-check?case=DESIGN").body()).contains("<h2 id=\"case-title\">设计资质</h2>")
			.doesNotContain("data-requirement=\"licence.valid\"");
		var refused = client.get("/handbook/self-check?case=FOREIGN_DESIGN");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("本企业不能按“FOREIGN_DESIGN”自检");
		var unknown = signedIn(op, "en").get("/handbook/self-check?case=nope");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("There is no kind of qualification");
		assertThat(signedIn(op, "en").get("/handbook/self-check").body()).contains("Self-check not passed",
				"Construction");
	}

	private WebClient signedIn(TestData.Operator op, String language) {
		WebClient client = new WebClient(port).language(language);
		client.login(op.username(), TestData.PASSWORD);
		return client;
	}

}
