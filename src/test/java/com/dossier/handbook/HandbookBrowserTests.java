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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 技术装备 and 法人信息 as an operator clicks through them: add, fix errors, edit, page, delete,
 * a locked row; then the rough edges of issue 14 (a save conflict in two tabs, 变更 on a
 * locked record, an attachment's 删除, the layout).
 */
@HttpTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandbookBrowserTests {

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
	void addsEquipmentAfterFixingTheMarkedFields() {
		browser.go("/handbook/sections").click("#section-equipment").waitForPath("/handbook/sections/equipment");
		assertThat(browser.text("#level-legend")).contains("数据等级说明", "D:未通过原件核对（企业可以修改）");
		assertThat(browser.text("#no-data")).isEqualTo("没有任何数据可以显示");
		browser.click("#new-record").waitForPath("/handbook/sections/equipment/new");
		assertThat(browser.pageText()).contains("*附件要求: 分辨率 72dpi~100dpi, 比例 1:1, 类型 JPG、JPEG, 大小 小于300KB。",
				"*信息保存后才能上传附件");
		fill(Map.of("name", "塔式起重机", "model", "QTZ80", "origin", "上海", "quantity", "2", "powerKw", "45",
				"originalValue", "120", "netValue", "150"));
		date("#field-manufactureDate", "2019-05-01");
		browser.screenshot("handbook-equipment-form");
		assertThat(browser.axe()).as("axe on the form").isEmpty();
		browser.click("#save");
		assertThat(browser.text("#error-netValue")).isEqualTo("不能大于原值（万元）。");
		assertThat(browser.find("#field-model").getAttribute("value")).isEqualTo("QTZ80");
		browser.screenshot("handbook-equipment-form-errors");
		fill(Map.of("netValue", "80"));
		browser.click("#save").waitForPath("/handbook/records/");
		assertThat(browser.text("#flash-success")).contains("已保存");
		browser.click("#close").waitForPath("/handbook/sections/equipment");
		WebElement row = browser.find("#records tbody tr");
		assertThat(row.getText()).contains("1", "塔式起重机", "QTZ80", "上海", "2019-05-01", "2", "45", "120", "80", "D");
	}

	@Test
	@Order(2)
	void editsARow() {
		browser.go("/handbook/sections/equipment").click("#records tbody tr .edit");
		fill(Map.of("model", "QTZ125"));
		browser.click("#save");
		// Saving redirects back to the same edit page: wait for its flash before leaving
		// it.
		assertThat(browser.text("#flash-success")).isEqualTo("已保存。");
		browser.click("#close").waitForPath("/handbook/sections/equipment");
		assertThat(browser.text("#records tbody tr")).contains("QTZ125").doesNotContain("QTZ80");
	}

	@Test
	@Order(3)
	void pagesThroughManyRows() {
		for (int i = 0; i < 24; i++) {
			handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, i));
		}
		browser.go("/handbook/sections/equipment");
		assertThat(rows()).hasSize(10);
		assertThat(browser.text(".pager-summary")).isEqualTo("第 1 / 3 页，共 25 条");
		browser.driver().findElement(By.linkText("下一页")).click();
		assertThat(browser.text(".pager-summary")).startsWith("第 2 / 3 页");
		assertThat(browser.text("#records tbody tr td")).isEqualTo("11");
		browser.driver().findElement(By.linkText("末页")).click();
		assertThat(rows()).hasSize(5);
		browser.screenshot("handbook-equipment-last-page");
		assertThat(browser.axe()).as("axe on handbook-equipment-last-page").isEmpty();
		browser.driver().findElement(By.linkText("首页")).click();
		assertThat(browser.text(".pager-summary")).startsWith("第 1 / 3 页");
	}

	@Test
	@Order(4)
	void deletesARowAfterConfirming() {
		browser.go("/handbook/sections/equipment");
		String firstRow = browser.text("#records tbody tr");
		// A plain click: the page stays until the confirmation is accepted.
		browser.find("#records tbody tr .delete").click();
		browser.driver().switchTo().alert().accept();
		browser.waitForPath("/handbook/sections/equipment");
		assertThat(browser.text("#flash-success")).isEqualTo("已删除。");
		assertThat(browser.text(".pager-summary")).contains("共 24 条");
		assertThat(browser.text("#records tbody tr")).isNotEqualTo(firstRow);
	}

	@Test
	@Order(5)
	void aLockedRowOffersOnlyChangeWhichOpensADraft() {
		HandbookRecord c = handbook.page(operator.enterpriseId(), "equipment", 0, 1).items().get(0);
		attachments.attachRequired(operator.enterpriseId(), c.id());
		lifecycle.markPending(operator.enterpriseId(), List.of(c.id()));
		lifecycle.verify(c.id());
		browser.go("/handbook/sections/equipment");
		WebElement row = browser.find("#record-" + c.id());
		assertThat(row.findElements(By.cssSelector(".edit, .delete"))).isEmpty();
		assertThat(row.findElement(By.cssSelector("td.level")).getText()).isEqualTo("C");
		browser.screenshot("handbook-equipment-locked-row");
		row.findElement(By.cssSelector(".revise")).click();
		browser.waitForPath("/handbook/records/");
		assertThat(browser.text("#revision-note")).contains("已创建第 " + c.id() + " 号信息的变更草稿");
		assertThat(browser.has("#flash-success")).isFalse();
		assertThat(browser.find("#save").isDisplayed()).isTrue();
	}

	@Test
	@Order(6)
	void fillsInTheOneRecordOfLegalPerson() {
		browser.go("/handbook/sections/legal-person");
		assertThat(browser.text("#section-title")).isEqualTo("法人信息");
		browser.click("#new-record").waitForPath("/handbook/sections/legal-person/new");
		fill(Map.of("name", "王建国", "idNumber", "310101198001010019", "position", "董事长"));
		new Select(browser.find("#field-idType")).selectByVisibleText("居民身份证");
		browser.click("#save");
		assertThat(browser.text("#error-idNumber")).contains("校验码");
		fill(Map.of("idNumber", "310101198001010018"));
		browser.click("#save").waitForPath("/handbook/records/");
		browser.click("#close").waitForPath("/handbook/sections/legal-person");
		assertThat(browser.pageText()).contains("现行有效", "王建国", "居民身份证", "310101198001010018", "董事长");
		assertThat(browser.has("#new-record")).isFalse();
		browser.screenshot("handbook-legal-person");
		assertThat(browser.axe()).as("axe on handbook-legal-person").isEmpty();
	}

	@Test
	@Order(7)
	void aBrokenExcelImportListsEveryProblemAndAddsNothing() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("equipment", ".xlsx");
		java.nio.file.Files.write(file,
				ExcelExchangeTests
					.sheet(new String[][] { { "设备及仪器名称", "型号", "产地", "出厂日期", "数量（台）", "原值（万元）", "净值（万元）" },
							{ "塔吊", "QTZ80", "上海", "2019-01-01", "0", "10", "20" } }));
		browser.go("/handbook/sections/equipment");
		String before = browser.text(".pager-summary");
		browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
		browser.click("#import");
		assertThat(browser.text("#flash-error")).contains("导入失败，所有内容均未保存");
		assertThat(browser.text("#import-problems")).contains("第 2 行 E 列（数量（台））：不能小于 1。",
				"第 2 行 G 列（净值（万元））：不能大于原值（万元）。");
		assertThat(browser.text(".pager-summary")).isEqualTo(before);
		browser.screenshot("handbook-equipment-import-problems");
		java.nio.file.Files.delete(file);
	}

	/**
	 * Issue 14 #4: the same record saved in two tabs; the later save keeps its typing and
	 * saves on a second try.
	 */
	@Test
	@Order(8)
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
	@Order(9)
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
	@Order(10)
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
	@Order(11)
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

	private List<WebElement> rows() {
		return browser.driver().findElements(By.cssSelector("#records tbody tr"));
	}

	private void fill(Map<String, String> values) {
		values.forEach((key, value) -> browser.type("#field-" + key, value));
	}

	private void date(String css, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css),
				value);
	}

}
