package com.dossier.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.verification.VerificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator clicks: the home page's 自检 entry through the login to the self-check,
 * its cases, the 动态监管提示 menu entry and a tip's link to what fixes it.
 */
@HttpTest
@Tag("browser")
class SupervisionBrowserTests {

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

	Browser browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theHomePagesSelfCheckEntryLeadsThroughTheLoginToTheSelfCheck() {
		TestData.Operator op = data.operator();
		browser = Browser.open(port);
		browser.go("/").click("#service-self-check");
		assertThat(browser.path()).isEqualTo("/login");
		browser.type("#username", op.username()).type("#password", TestData.PASSWORD).click("#login-submit");
		browser.waitForPath("/handbook/self-check");
		assertThat(browser.text("h1")).isEqualTo("电子版《诚信手册》核定(自检)");
		assertThat(browser.find("#verdict").getAttribute("data-ready")).isEqualTo("false");
		assertThat(browser.text("#case-title")).isEqualTo("施工资质");
		browser.screenshot("self-check");
		assertThat(browser.axe()).as("axe on self-check").isEmpty();

		browser.click("#case-DESIGN");
		assertThat(browser.text("#case-title")).isEqualTo("设计资质");
		assertThat(browser.has("tr[data-requirement='licence.valid']")).isFalse();
		browser.click("tr[data-section='principal'] a");
		assertThat(browser.path()).isEqualTo("/handbook/sections/principal");
	}

	@Test
	void theMenuLeadsToTheTipsAndATipToWhatFixesIt() {
		TestData.Operator op = data.operator();
		var prepared = new SupervisionTestData(port, data, handbook, attachments, verification, qualifications, time);
		long draft = prepared.draft(op, "equipment", Map.of("name", "浏览器测试塔吊")).id();
		browser = Browser.open(port);
		browser.login(op.username(), TestData.PASSWORD).go("/handbook");
		assertThat(browser.text("#landing-tips")).contains("需要处理的事项");
		assertThat(browser.text("#menu-supervision")).matches("动态监管提示 \\(\\d+\\)");
		browser.click("#menu-supervision");
		assertThat(browser.path()).isEqualTo("/handbook/supervision");
		assertThat(browser.text("#tip-summary")).startsWith("共");
		assertThat(browser.text("tr[data-code='attachment.missing']")).contains("浏览器测试塔吊");
		browser.screenshot("supervision-tips");
		assertThat(browser.axe()).as("axe on supervision-tips").isEmpty();
		browser.click("tr[data-code='attachment.missing'] a");
		assertThat(browser.path()).isEqualTo("/handbook/records/" + draft + "/edit");

		browser.go("/handbook/supervision?lang=en");
		assertThat(browser.text("h1")).isEqualTo("Supervision notices");
		assertThat(browser.text("tr[data-code='section.missing'][data-section='principal']"))
			.contains("no record in force");
		browser.go("/handbook/self-check?case=DESIGN");
		assertThat(browser.text("#case-title")).isEqualTo("Design");
	}

}
