package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.dossier.handbook.HandbookRecord;
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
 * Issue 14: the window's work without a mouse (GB/T 37668, WCAG 2.1 AA 2.1.1). An
 * operator types a record and files it, and a clerk claims the application and fails the
 * item with a reason, with Tab, Space, the arrow keys and Enter only.
 */
@HttpTest
@Tag("browser")
class KeyboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Test
	void anOperatorTypesARecordAndFilesItAndAClerkDecidesItByKeyboardAlone() {
		TestData.Operator operator = data.operator();
		String number;
		try (Browser browser = Browser.open(port)) {
			browser.login(operator.username(), TestData.PASSWORD);
			browser.go("/handbook/sections/plant/new");
			browser.tabTo("#field-address").sendKeys("上海市浦东新区张江路 88 号");
			browser.tabTo("#field-area").sendKeys("1250.5");
			// a radio group is one Tab stop; Space picks the focused choice
			browser.tabTo("input[name=f_ownership][value=OWN]").sendKeys(Keys.SPACE);
			browser.tabTo("#save").sendKeys(Keys.ENTER);
			browser.waitForPath("/handbook/records/");
			HandbookRecord typed = plant(operator.enterpriseId());
			assertThat(typed.data()).containsEntry("address", "上海市浦东新区张江路 88 号").containsEntry("ownership", "OWN");
			attachments.attachRequired(operator.enterpriseId(), typed.id());

			browser.go("/handbook/sections/plant");
			browser.tabTo("#file-verification").sendKeys(Keys.ENTER);
			browser.waitForPath("/handbook/verification");
			var pick = browser.tabTo("#pick-" + typed.id());
			if (!pick.isSelected()) {
				pick.sendKeys(Keys.SPACE);
			}
			assertThat(browser.find("#pick-" + typed.id()).isSelected()).isTrue();
			browser.tabTo("#file").sendKeys(Keys.ENTER);
			browser.waitForPath("/handbook/verification/applications/W");
			number = browser.text("#application-number");
		}
		try (Browser browser = Browser.open(port)) {
			browser.login(data.account(Role.CLERK), TestData.PASSWORD);
			browser.go("/clerk");
			// the scan box has the focus when the workbench opens
			browser.driver().switchTo().activeElement().sendKeys(number, Keys.ENTER);
			browser.waitForPath("/clerk/applications/" + number);
			browser.tabTo("#claim").sendKeys(Keys.ENTER);
			browser.waitForPath("/clerk/applications/" + number);
			assertThat(browser.text("#application-status")).isEqualTo("校对中");
			browser.tabTo("#open-item-" + plant(operator.enterpriseId()).id()).sendKeys(Keys.ENTER);
			browser.waitForPath("/clerk/applications/" + number + "/items/");
			// the viewer's tools are buttons on the way to the decision
			browser.tabTo("#rotate").sendKeys(Keys.ENTER);
			assertThat(browser.find("img.scan").getAttribute("style")).contains("rotate(90deg)");
			browser.tabTo("#result-pass");
			browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			assertThat(browser.find("#result-fail").isSelected()).as("the arrow moves to 不通过").isTrue();
			browser.tabTo("#reason-choice").sendKeys(Keys.ARROW_DOWN);
			assertThat(browser.find("#reason-choice").getAttribute("value")).isNotEmpty();
			browser.tabTo("#decide").sendKeys(Keys.ENTER);
			browser.waitForPath("/clerk/applications/" + number);
			assertThat(browser.text("#item-" + plant(operator.enterpriseId()).id())).contains("不通过");
		}
	}

	private HandbookRecord plant(long enterpriseId) {
		List<HandbookRecord> plants = handbook.page(enterpriseId, "plant", 0, 100).items();
		return plants.stream().filter(r -> "上海市浦东新区张江路 88 号".equals(r.data().get("address"))).findFirst().orElseThrow();
	}

}
