package com.dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the guide shows, clicked through in a real browser with the demo accounts: the
 * portal, the contact gate of demo-ent (only this test fills it in), the 诚信手册 menu, the
 * clerk's and the administrator's homes.
 */
@DemoTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void open() {
		// demo-ent starts without a contact person; a database kept from an earlier run
		// may already have one.
		jdbc.sql(
				"update enterprise set contact_name = null, contact_phone = null, contact_mobile = null where credit_code = ?")
			.param(DemoData.LOCAL_CREDIT_CODE)
			.update();
		browser = Browser.open(port);
	}

	@AfterAll
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void thePortalHomeShowsTheGuidesEntries() {
		browser.go("/").screenshot("portal-home");
		assertThat(browser.pageText()).contains("建设管理类", "企业", "城市运行类", "通知公告", "热点关注", "审批公示公告", "行政审批", "网上服务",
				"操作指南", "网上申请", "表格下载", "审批状态", "登录说明");
		browser.type("#number", "W123").click("#status-query button");
		assertThat(browser.text("#status-problem")).contains("申请编号格式不正确");
	}

	@Test
	@Order(2)
	void aWrongPasswordIsShown() {
		browser.login("demo-ent", "not-the-password").screenshot("login-wrong-password");
		assertThat(browser.text("#login-error")).contains("用户名或密码错误");
	}

	@Test
	@Order(3)
	void demoEnterpriseMeetsTheContactGateAndReachesTheHandbook() {
		browser.login("demo-ent", DemoData.PASSWORD).waitForPath("/contact").screenshot("contact-gate");
		assertThat(browser.pageText()).contains("请完善以下信息", "负责资质申报工作联系人");
		browser.go("/handbook/basic-info");
		assertThat(browser.path()).isEqualTo("/contact");

		browser.type("#name", "李明").type("#phone", "021-60001234").type("#mobile", "1391234").click("#contact-confirm");
		assertThat(browser.pageText()).contains("请输入 11 位手机号码");
		browser.screenshot("contact-gate-bad-mobile");

		browser.type("#mobile", "13912345678").click("#contact-confirm");
		browser.waitForPath("/handbook").screenshot("handbook-basic-info");
		assertThat(browser.text("#side-menu")).contains("用户管理", "项目类办事", "企业类办事", "人员类办事", "诚信手册（企业）", "动态监管提示",
				"企业基本信息", "企业人员信息", "安全生产许可证信息", "书面材料打印", "信息自助变更");
		assertThat(browser.text("#enterprise-name")).isEqualTo("上海示范建设工程有限公司");
		assertThat(browser.text("#contact-name")).isEqualTo("李明");
		browser.logout();
	}

	@Test
	@Order(4)
	void theClerkAndTheAdministratorSeeTheirHomes() {
		browser.login("demo-clerk", DemoData.PASSWORD).waitForPath("/clerk").screenshot("clerk-home");
		assertThat(browser.pageText()).contains("原件校对工作台");
		browser.logout();
		browser.login("demo-admin", DemoData.PASSWORD).waitForPath("/admin").screenshot("admin-home");
		assertThat(browser.text("#admin-menu")).contains("账户管理", "企业管理", "通知公告管理", "审计日志");
		browser.go("/admin/audit").screenshot("admin-audit");
		assertThat(browser.text("#audit-entries")).contains("demo-admin");
		browser.logout();
	}

	@Test
	@Order(5)
	void englishOnRequest() {
		browser.go("/?lang=en").screenshot("portal-home-en");
		assertThat(browser.pageText()).contains("Construction administration", "Sign in");
		browser.go("/?lang=zh-CN");
	}

}
