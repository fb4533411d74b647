package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator files a record and prints the form; a clerk types (scans) the number,
 * claims it and passes it.
 */
@HttpTest
@Tag("browser")
class VerificationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Test
	void fromFilingToTheClerksDecision() {
		TestData.Operator operator = data.operator();
		long record = VerificationTestData.readyRecord(handbook, attachments, operator.enterpriseId());
		String number;
		try (Browser browser = Browser.open(port)) {
			browser.login(operator.username(), TestData.PASSWORD);
			browser.go("/handbook/sections/equipment")
				.click("#file-verification")
				.waitForPath("/handbook/verification");
			assertThat(browser.find("#pick-" + record).isSelected()).isTrue();
			assertThat(browser.find("#group-equipment").getAttribute("open")).as("opens on 技术装备").isNotNull();
			browser.screenshot("filing-from-equipment");
			assertThat(browser.axe()).as("axe on filing-from-equipment").isEmpty();
			browser.click("#file").waitForPath("/handbook/verification/applications/W");
			number = browser.text("#application-number");
			assertThat(browser.text("#flash-success")).contains(number);
			assertThat(browser.pageText()).contains("法定代表人签字", "企业盖章", "测试联系人");
			assertThat(browser.find("#print-pdf").getAttribute("href")).endsWith(number + "/form.pdf");
			browser.click("#menu-print").waitForPath("/handbook/verification/applications");
			assertThat(browser.text("#application-" + number)).contains("已提交，待校对");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login(data.account(Role.CLERK), TestData.PASSWORD);
			browser.go("/clerk");
			browser.find("#scan-number").sendKeys(number.toLowerCase() + Keys.ENTER);
			browser.waitForPath("/clerk/applications/" + number);
			browser.click("#claim");
			assertThat(browser.text("#application-status")).isEqualTo("校对中");
			browser.click("#open-item-" + record).waitForPath("/clerk/applications/" + number + "/items/");
			browser.click("#result-pass").click("#decide").waitForPath("/clerk/applications/" + number);
			assertThat(browser.text("#application-status")).isEqualTo("校对完成");
			assertThat(browser.text("#item-" + record)).contains("通过");
		}
	}

}
