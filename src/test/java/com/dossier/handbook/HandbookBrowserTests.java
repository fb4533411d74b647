package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 技术装备 and 法人信息 as an operator clicks through them: add, fix errors, edit, page, delete,
 * a locked row, a broken Excel import (the rough edges of issue 14 are in
 * {@link HandbookRoughEdgesBrowserTests}).
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
