package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.demo.DemoSamples;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rough edges of issue 14 an operator met in the section pages: a save conflict in
 * two tabs, 变更 on a locked record, an attachment's 删除, and the layout of forms and
 * tables.
 */
@HttpTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandbookRoughEdgesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	TestAttachments attachments;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AccountService accounts;

	Browser browser;

	TestData.Operator operator;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	@BeforeAll
	void open() {
		operator = data.operator();
		browser = Browser.open(port);
		browser.login(operator.username(), TestData.PASSWORD);
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void aSaveConflictBetweenTwoTabsKeepsTheTypingAndSavesAgain() {
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 30));
		String edit = "/handbook/records/" + r.id() + "/edit";
		WebDriver driver = browser.driver();
		String first = driver.getWindowHandle();
		browser.go(edit);
		driver.switchTo().newWindow(WindowType.TAB);
		browser.go(edit);
		fill(Map.of("model", "TAB-B"));
		browser.click("#save");
		assertThat(browser.text("#flash-success")).isEqualTo("已保存。");
		driver.close();
		driver.switchTo().window(first);

		fill(Map.of("origin", "江苏"));
		browser.click("#save");
		assertThat(browser.text("#conflict")).contains("已被他人修改", "第 2 版");
		assertThat(browser.find("#field-origin").getAttribute("value")).isEqualTo("江苏");
		assertThat(browser.text("#theirs-model")).isEqualTo("对方保存的值：TAB-B");
		assertThat(browser.has("#theirs-origin")).isFalse();
		browser.screenshot("handbook-save-conflict");
		assertThat(browser.axe()).as("axe on handbook-save-conflict").isEmpty();
		browser.click("#save");
		assertThat(browser.text("#flash-success")).isEqualTo("已保存。");
		HandbookRecord now = handbook.get(operator.enterpriseId(), r.id());
		assertThat(now.version()).isEqualTo(3);
		assertThat(now.data()).containsEntry("origin", "江苏").containsEntry("model", r.data().get("model"));
	}

	/**
	 * Issue 14 #10: a C record's page says to use 变更, and its 变更 opens the draft as the
	 * list's does.
	 */
	@Test
	@Order(2)
	void aLockedRecordsPageHasTheChangeItMentions() {
		HandbookRecord c = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 31));
		attachments.attachRequired(operator.enterpriseId(), c.id());
		lifecycle.markPending(operator.enterpriseId(), List.of(c.id()));
		lifecycle.verify(c.id());
		browser.go("/handbook/records/" + c.id() + "/edit");
		assertThat(browser.text("#locked")).contains("如需修改，请使用“变更”");
		assertThat(browser.has("#save")).isFalse();
		browser.screenshot("handbook-locked-record");
		browser.click("#revise").waitForPath("/handbook/records/");
		assertThat(browser.path()).doesNotStartWith("/handbook/records/" + c.id() + "/");
		assertThat(browser.text("#revision-note")).contains("已创建第 " + c.id() + " 号信息的变更草稿");
		assertThat(browser.find("#save").isDisplayed()).isTrue();
	}

	/** Issue 14 #9: an attachment's 删除 asks first; 取消 keeps it. */
	@Test
	@Order(3)
	void anAttachmentsDeleteAsksFirst() {
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 32));
		attachments.attachRequired(operator.enterpriseId(), r.id());
		String edit = "/handbook/records/" + r.id() + "/edit";
		browser.go(edit);
		assertThat(attachmentRows()).isEqualTo(1);
		browser.find(".attachment-delete").click();
		Alert question = browser.driver().switchTo().alert();
		assertThat(question.getText()).isEqualTo("确定删除附件“invoice.pdf”吗？删除后仍保留在修改历史中。");
		question.dismiss();
		assertThat(browser.path()).isEqualTo(edit);
		assertThat(attachmentRows()).isEqualTo(1);
		browser.find(".attachment-delete").click();
		browser.driver().switchTo().alert().accept();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.has("#flash-success"));
		assertThat(browser.text("#flash-success")).isEqualTo("附件“invoice.pdf”已删除");
		assertThat(browser.path()).isEqualTo(edit);
		assertThat(attachmentRows()).isZero();
	}

	/**
	 * Issue 14 #13: radio buttons beside their labels, the long 地址 wide and the short 面积
	 * narrow, the fixed 证件名称 whole, and 已核对 on one line in a wide table.
	 */
	@Test
	@Order(4)
	void theFormsAndTablesLayOutAsPeopleReadThem() {
		browser.driver().manage().window().setSize(new Dimension(1400, 900));
		browser.go("/handbook/sections/plant/new");
		WebElement radio = browser.find("input[name=f_ownership]");
		WebElement label = radio.findElement(By.xpath("following-sibling::span"));
		assertThat(Math.abs(center(radio) - center(label))).isLessThan(8);
		assertThat(label.getRect().getX()).isGreaterThan(radio.getRect().getX());
		assertThat(radio.getRect().getWidth()).isLessThan(30);
		int address = browser.find("#field-address").getRect().getWidth();
		int area = browser.find("#field-area").getRect().getWidth();
		assertThat(address).isGreaterThanOrEqualTo(600);
		assertThat(area).isLessThan(address / 2);
		browser.screenshot("handbook-plant-form");
		assertThat(browser.axe()).as("axe on handbook-plant-form").isEmpty();

		browser.go("/handbook/sections/equipment");
		WebElement verified = browser.find("#records tr[data-level=C] td.status span");
		assertThat(verified.getText()).isEqualTo("已核对");
		assertThat(lines(verified)).isEqualTo(1);
		assertThat(lines(browser.find("#records th.level"))).isEqualTo(1);

		browser.logout();
		TestData.Operator foreign = HandbookTestData.foreignOperator(enterprises, accounts);
		browser.login(foreign.username(), TestData.PASSWORD);
		browser.go("/handbook/sections/foreign-investor-registration/new");
		WebElement fixed = browser.find("#field-certificateName");
		assertThat(fixed.getAttribute("value")).isEqualTo("外方投资者所在国或者地区从事建设工程设计的企业注册登记证明");
		Number hidden = (Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", fixed);
		assertThat(hidden.intValue()).isLessThanOrEqualTo(0);
		browser.screenshot("handbook-foreign-proof-form");
	}

	private static int center(WebElement e) {
		return e.getRect().getY() + e.getRect().getHeight() / 2;
	}

	/**
	 * How many lines an element's text takes (an inline element has one client rectangle
	 * per line).
	 */
	private int lines(WebElement e) {
		Object n = ((JavascriptExecutor) browser.driver())
			.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
					+ " var tops = {}; Array.from(r.getClientRects()).forEach(function (c) { tops[Math.round(c.top)] = 1; });"
					+ " return Object.keys(tops).length;", e);
		return ((Number) n).intValue();
	}

	private int attachmentRows() {
		return browser.driver().findElements(By.cssSelector(".attachment-list tbody tr")).size();
	}

	private void fill(Map<String, String> values) {
		values.forEach((key, value) -> browser.type("#field-" + key, value));
	}

}
