package com.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.dossier.demo.DemoData;
import com.dossier.support.Browser;
import com.dossier.support.DemoTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal, sign-in and administration pages in a real browser (issue 14): no WCAG 2.1
 * AA violation axe-core can find on any of them, signing in by keyboard alone, the HTML
 * 403 page in the frame, and a deletion that asks first.
 */
@DemoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalPagesBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void open() {
		browser = Browser.open(port);
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	private void accessible(String path, String screenshot) {
		browser.go(path).screenshot(screenshot);
		assertThat(browser.axe()).as("axe on " + path).isEmpty();
	}

	@Test
	@Order(1)
	void everyPublicPageIsAccessible() {
		for (String tab : List.of("guide", "apply", "forms", "status")) {
			accessible("/?tab=" + tab, "a11y-home-" + tab);
		}
		accessible("/?lang=en", "a11y-home-en");
		browser.go("/?lang=zh-CN");
		accessible("/login", "a11y-login");
		accessible("/notices", "a11y-notices");
		accessible("/status?number=W2026112400001", "a11y-status");
		accessible("/status?number=W12", "a11y-status-malformed");
		accessible("/category/gas", "a11y-out-of-scope");
		accessible("/services/safety-licence", "a11y-not-yet");
		accessible("/no-such-page", "a11y-not-found");
	}

	@Test
	@Order(2)
	void anAnonymousVisitorOfAnUnknownAddressSeesNotFoundAtOnce() {
		browser.go("/no-such-page");
		assertThat(browser.path()).isEqualTo("/no-such-page");
		assertThat(browser.text("#error-message")).contains("您要找的内容不存在");
		assertThat(browser.driver().getTitle()).doesNotContain("null").contains("未找到");
	}

	@Test
	@Order(3)
	void theHomePagesEntriesLeadSomewhere() {
		browser.go("/").click("#approval-safety-licence");
		assertThat(browser.path()).isEqualTo("/services/safety-licence");
		assertThat(browser.text("#not-yet")).contains("尚未开放");
		browser.go("/").click("#approval-qualification");
		assertThat(browser.text("h1")).isEqualTo("建设工程企业资质许可");
		browser.go("/?tab=forms");
		assertThat(browser.find("#downloads").findElements(org.openqa.selenium.By.tagName("a")))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	@Order(4)
	void anAdministratorSignsInByKeyboardAlone() {
		browser.go("/login");
		WebElement username = browser.tabTo("#username");
		username.sendKeys("demo-admin");
		username.sendKeys(Keys.TAB);
		WebElement password = browser.driver().switchTo().activeElement();
		assertThat(password.getAttribute("id")).isEqualTo("password");
		password.sendKeys(DemoData.PASSWORD, Keys.ENTER);
		browser.waitForPath("/admin");
		assertThat(browser.text("#current-user")).isEqualTo("demo-admin");
	}

	@Test
	@Order(5)
	void everyAdministrationPageIsAccessible() {
		for (String path : List.of("/admin", "/admin/accounts", "/admin/accounts/new", "/admin/enterprises",
				"/admin/enterprises/new", "/admin/notices", "/admin/notices/new", "/admin/audit", "/")) {
			accessible(path, "a11y-admin" + path.replace('/', '-'));
		}
		browser.go("/admin/accounts?q=demo-ent").click("#accounts a");
		String account = browser.path();
		accessible(account, "a11y-admin-account");
		accessible(account + "/certificates", "a11y-admin-certificates");
		browser.go("/admin/enterprises").click("#enterprises tbody a");
		accessible(browser.path(), "a11y-admin-enterprise");
	}

	@Test
	@Order(6)
	void theAuditLogReadsInWordsAndTheAdministrationsTime() {
		browser.go("/admin/audit").screenshot("audit-log");
		String header = browser.text("#audit-entries thead");
		assertThat(header).contains("时间").doesNotContain("UTC");
		assertThat(browser.text("#audit-entries tbody")).contains("系统管理员", "登录").doesNotContain("ADMIN");
		WebElement enterpriseHeader = browser.find("#audit-entries thead th:nth-child(4)");
		assertThat(enterpriseHeader.getSize().getHeight()).as("企业编号 on one line").isLessThan(40);
		Number pageWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(pageWidth.intValue()).as("the page does not overflow").isLessThanOrEqualTo(1280);
	}

	@Test
	@Order(7)
	void deletingANoticeAsksFirst() {
		String title = "待删除的公告 " + System.nanoTime();
		browser.go("/admin/notices/new").type("#title", title).type("#body", "正文").click("#notice-save");
		browser.waitForPath("/admin/notices");
		WebElement row = browser.driver()
			.findElements(org.openqa.selenium.By.cssSelector("#admin-notices tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(title))
			.findFirst()
			.orElseThrow();
		String id = row.getAttribute("id").replace("notice-", "");
		browser.click("#delete-notice-" + id + " summary");
		assertThat(browser.path()).isEqualTo("/admin/notices");
		assertThat(browser.pageText()).contains(title, "确定删除公告");
		browser.screenshot("notice-delete-confirm");
		assertThat(browser.axe()).as("axe with the question open").isEmpty();
		browser.click("#delete-notice-" + id + "-yes");
		browser.waitForPath("/admin/notices");
		assertThat(browser.text("#flash-success")).contains("公告已删除");
		assertThat(browser.text("#admin-notices")).doesNotContain(title);
		browser.logout();
	}

	@Test
	@Order(8)
	void peopleOnAnotherRolesPageGetTheForbiddenPageInTheirFrame() {
		browser.login("demo-clerk", DemoData.PASSWORD).waitForPath("/clerk");
		browser.go("/handbook").screenshot("forbidden-clerk");
		assertThat(browser.pageText()).doesNotContain("\"code\"").contains("无权访问", "demo-clerk", "窗口校对人员");
		assertThat(browser.find("#error-home").getAttribute("href")).endsWith("/clerk");
		assertThat(browser.has("#current-user")).isTrue();
		assertThat(browser.axe()).isEmpty();
		browser.click("#error-home");
		assertThat(browser.path()).isEqualTo("/clerk");
		browser.logout();

		browser.login(DemoData.FOREIGN_OPERATOR, DemoData.PASSWORD);
		browser.go("/admin").screenshot("forbidden-enterprise");
		assertThat(browser.text("#error-title")).isEqualTo("无权访问");
		assertThat(browser.has("#side-menu")).as("the operator's menu").isTrue();
		assertThat(browser.find("#error-home").getAttribute("href")).endsWith("/handbook");
		assertThat(browser.axe()).isEmpty();
		browser.go("/admin?lang=en");
		assertThat(browser.text("#error-role")).contains("You are signed in as " + DemoData.FOREIGN_OPERATOR);
		browser.go("/?lang=zh-CN");
		browser.logout();
	}

	@Test
	@Order(9)
	void theReviewersPageIsAccessible() {
		browser.login("demo-reviewer", DemoData.PASSWORD).waitForPath("/review");
		assertThat(browser.axe()).isEmpty();
		browser.screenshot("a11y-review");
		browser.logout();
	}

}
