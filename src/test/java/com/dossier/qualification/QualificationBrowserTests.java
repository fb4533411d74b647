package com.dossier.qualification;

import static com.dossier.qualification.QualificationApiTests.level;
import static com.dossier.qualification.QualificationTestData.api;
import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.verification.VerificationService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator files a qualification application from the handbook and prints it; a
 * reviewer finds it, claims it and approves it; the cited C record becomes B. Every new
 * page has no axe violations.
 */
@HttpTest
@Tag("browser")
class QualificationBrowserTests {

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

	@Test
	void fromFilingToTheReviewersApproval() {
		QualificationTestData records = new QualificationTestData(handbook, attachments, verification, lifecycle, data);
		TestData.Operator operator = data.operator();
		long draft = records.draft(operator.enterpriseId());
		long c = records.verified(operator, 1).get(0);
		String number;
		try (Browser browser = Browser.open(port)) {
			browser.login(operator.username(), TestData.PASSWORD);
			browser.go("/handbook/sections")
				.click("#qualification-applications")
				.waitForPath("/handbook/qualification");
			assertThat(browser.axe()).as("axe on the list").isEmpty();
			browser.click("#new-qualification").waitForPath("/handbook/qualification/new");
			assertThat(browser.has("#cite-" + draft)).isFalse();
			assertThat(browser.text("#candidate-" + draft)).contains("尚未通过原件核对");
			assertThat(browser.axe()).as("axe on the form").isEmpty();
			browser.click("#cite-" + c).click("#file-qualification").waitForPath("/handbook/qualification/Z");
			number = browser.text("#application-number");
			assertThat(browser.text("#flash-success")).contains(number);
			assertThat(browser.pageText()).contains("法定代表人签字", "企业盖章", "测试联系人");
			assertThat(browser.axe()).as("axe on the printable application").isEmpty();
		}
		try (Browser browser = Browser.open(port)) {
			browser.login(data.account(Role.REVIEWER), TestData.PASSWORD);
			browser.go("/review?enterprise=" + operator.creditCode());
			assertThat(browser.axe()).as("axe on the queue").isEmpty();
			browser.click("#queue-" + number + " a").waitForPath("/review/" + number);
			browser.click("#claim").waitForPath("/review/" + number);
			assertThat(browser.text("#application-status")).isEqualTo("审核中");
			assertThat(browser.has("#history-" + c)).isTrue();
			assertThat(browser.axe()).as("axe on the application").isEmpty();
			browser.click("#result-approve").click("#decide").waitForPath("/review/" + number);
			assertThat(browser.text("#application-status")).isEqualTo("审核通过");
		}
		assertThat(level(api(port, operator.username()), c)).isEqualTo("B");
	}

}
