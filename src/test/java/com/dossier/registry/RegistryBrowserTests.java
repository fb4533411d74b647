package com.dossier.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.dossier.registry.ImportJobs.JobKind;
import com.dossier.registry.ImportRequest.EnterpriseImport;
import com.dossier.registry.ImportRequest.Person;
import com.dossier.shared.security.Role;
import com.dossier.support.Browser;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator previews and commits a workbook, and follows a job's progress; an
 * operator searches its personnel.
 */
@HttpTest
@Tag("browser")
class RegistryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ImportService imports;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JsonMapper json;

	Browser browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anAdministratorPreviewsThenCommitsAWorkbook() throws Exception {
		String code = TestData.creditCode();
		List<List<String>> people = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			people.add(List.of(code, "BR-" + code + "-" + i, "浏览器人员" + i, "居民身份证", ImportPayloads.idNumber(200 + i),
					"一级注册建造师"));
		}
		Path file = Files.createTempFile("registry", ".xlsx");
		Files.write(file,
				new TestWorkbooks().sheet(ImportSheets.BASIC, List.of(List.of(code, "浏览器导入企业" + TestData.unique())))
					.sheet(ImportSheets.PERSON, people)
					.bytes());
		browser = Browser.open(port);
		browser.login(data.account(Role.ADMIN), TestData.PASSWORD).go("/admin");
		browser.click("#admin-imports").type("#source", "浏览器测试源");
		browser.find("#file").sendKeys(file.toAbsolutePath().toString());
		browser.click("#preview");
		// the job's page, until its script sees the job done and the page turns into the
		// preview
		browser.waitForPath("/admin/imports/preview/");
		assertThat(browser.text("#count-created")).isEqualTo("3");
		assertThat(browser.text("#count-enterprises")).isEqualTo("1");
		browser.screenshot("registry-import-preview");
		assertThat(browser.axe()).as("axe on registry-import-preview").isEmpty();
		browser.click("#commit");
		new WebDriverWait(browser.driver(), ExcelJobs.PATIENCE).until(d -> browser.path().equals("/admin/imports"));
		assertThat(browser.text("#flash-success")).contains("新建 3 项");
		Files.delete(file);
	}

	@Test
	void aJobsPageFollowsItsProgressThenShowsTheResult() {
		String admin = data.account(Role.ADMIN);
		long job = jobs.start(admin, JobKind.COMMIT, "progress.xlsx", Instant.now(), Integer.MAX_VALUE);
		jobs.beat(job, "APPLYING", 40, 100, Instant.now());
		browser = Browser.open(port);
		browser.login(admin, TestData.PASSWORD).go("/admin/imports/jobs/" + job);
		assertThat(browser.text("#job-phase")).isEqualTo("正在处理：40 / 100 项……");
		assertThat(browser.find("#job-progress").getDomProperty("value")).isEqualTo("40");
		browser.screenshot("registry-import-job");
		assertThat(browser.axe()).as("axe on registry-import-job").isEmpty();
		jobs.beat(job, "APPLYING", 80, 100, Instant.now());
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> browser.text("#job-phase").contains("80 / 100"));
		assertThat(browser.find("#job-progress").getDomProperty("value")).isEqualTo("80");
		jobs.finish(job, ImportJobs.State.DONE,
				json.writeValueAsBytes(ImportJobResult.committed(new ImportResult(5, 1, 2, 0, 0, List.of()))),
				Instant.now());
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals("/admin/imports"));
		assertThat(browser.text("#flash-success")).contains("新建 5 项", "更新 1 项", "不变 2 项");
	}

	@Test
	void anOperatorSearchesItsPersonnelAndSeesWholeNumbersOnlyOnADetail() {
		TestData.Operator operator = data.operator();
		List<Person> people = List.of(
				new Person("BP1-" + operator.creditCode(), "司马建", "ID_CARD", ImportPayloads.idNumber(301), "一级注册建造师",
						"沪1301", "建筑工程", "2028-01-31", null),
				new Person("BP2-" + operator.creditCode(), "欧阳监", "ID_CARD", ImportPayloads.idNumber(302), "注册监理工程师",
						"沪1302", "市政公用工程", "2027-05-31", null));
		imports.run(
				new ImportRequest("人员管理系统",
						List.of(new EnterpriseImport(operator.creditCode(), null, null, people, null, null))),
				ImportService.Channel.API);
		browser = Browser.open(port);
		browser.login(operator.username(), TestData.PASSWORD).go("/handbook/basic-info");
		browser.click("#menu-personnel");
		assertThat(browser.path()).isEqualTo("/handbook/personnel");
		String masked = ImportPayloads.idNumber(301).substring(0, 6) + "********"
				+ ImportPayloads.idNumber(301).substring(14);
		assertThat(browser.text("#personnel")).contains("司马建", masked, "欧阳监")
			.doesNotContain(ImportPayloads.idNumber(301));
		assertThat(browser.text("#origin")).contains("人员管理系统");
		browser.screenshot("registry-personnel");
		assertThat(browser.axe()).as("axe on registry-personnel").isEmpty();
		new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByVisibleText("注册监理工程师");
		browser.click("#search");
		assertThat(browser.text("#personnel")).contains("欧阳监").doesNotContain("司马建");
		browser.type("#name", "司马").click("#search");
		assertThat(browser.has("#personnel")).isFalse();
		new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByVisibleText("全部");
		browser.click("#search").click("#personnel a");
		assertThat(browser.text("#id-number")).isEqualTo(ImportPayloads.idNumber(301));
	}

}
