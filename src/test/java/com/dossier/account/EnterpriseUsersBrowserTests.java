package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 用户管理 clicked through: a 证书管理员 creates an operator, who signs in for the first time,
 * must change the initial password, and then works without user management.
 */
@HttpTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseUsersBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

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

	@Test
	void aManagerCreatesAnOperatorWhoChangesThePasswordAtTheFirstSignIn() {
		String manager = data.operator().username();
		String username = "op-" + TestData.unique();
		browser.login(manager, TestData.PASSWORD).waitForPath("/handbook");
		browser.click("#menu-users").waitForPath("/handbook/users");
		assertThat(browser.text("#users")).contains(manager, "证书管理员");
		assertThat(browser.axe()).isEmpty();
		browser.click("#new-user").waitForPath("/handbook/users/new");
		browser.type("#username", username).type("#displayName", "李小办").type("#password", "Start-Pass-2026");
		assertThat(new Select(browser.find("#role")).getFirstSelectedOption().getText()).isEqualTo("办事员");
		assertThat(browser.find("#permission-EDIT").isSelected()).isTrue();
		assertThat(browser.find("#permission-FILE").isSelected()).isFalse();
		assertThat(browser.axe()).isEmpty();
		browser.click("#create-user");
		assertThat(browser.text("#flash-success")).contains(username);
		assertThat(browser.text("#user-role")).isEqualTo("办事员");
		assertThat(browser.text("#user-state")).isEqualTo("待修改初始密码");
		browser.screenshot("users-detail");
		assertThat(browser.axe()).isEmpty();
		browser.logout();

		browser.login(username, "Start-Pass-2026").waitForPath("/account/password");
		assertThat(browser.has("#password-forced")).isTrue();
		assertThat(browser.has("#side-menu")).isFalse();
		browser.go("/handbook/sections").waitForPath("/account/password");
		assertThat(browser.axe()).isEmpty();
		browser.type("#current", "Start-Pass-2026")
			.type("#password", "My-Own-Pass-2026")
			.click("#change-password-submit");
		browser.waitForPath("/handbook");
		assertThat(browser.text("#flash-success")).contains("密码已修改");
		assertThat(browser.has("#menu-users")).isFalse();
		assertThat(browser.has("#change-password")).isTrue();
		browser.screenshot("operator-after-first-sign-in");
		browser.logout();

		browser.login(manager, TestData.PASSWORD).waitForPath("/handbook");
		browser.click("#menu-users").waitForPath("/handbook/users");
		assertThat(browser.text("#user-" + username)).contains("李小办", "办事员", "信息维护", "书面材料打印")
			.doesNotContain("待修改初始密码");
		browser.logout();
	}

}
