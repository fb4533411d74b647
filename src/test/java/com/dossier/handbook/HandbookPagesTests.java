package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dossier.demo.DemoSamples;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 信息自助变更 pages over HTTP as a browser session uses them (forms with CSRF, redirects,
 * flash messages).
 */
@HttpTest
class HandbookPagesTests {

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
	com.dossier.enterprise.EnterpriseService enterprises;

	@Autowired
	com.dossier.account.AccountService accounts;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	private WebClient signedIn(TestData.Operator operator) {
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		return browser;
	}

	@Test
	void anEditedExportImportsOnThePageAndSaysWhatItChanged() throws Exception {
		TestData.Operator operator = data.operator();
		for (int i = 0; i < 2; i++) {
			handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, i));
		}
		byte[] file = HandbookExcelApiTests.edit(handbook.exportExcel(operator.enterpriseId(), "equipment"),
				sheet -> sheet.getRow(1).getCell(1).setCellValue("页面上改的名称"));
		WebClient browser = signedIn(operator);
		browser.get("/handbook/sections/equipment");
		var imported = browser.postMultipart("/handbook/sections/equipment/import", Map.of(), "file", "e.xlsx", file);
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(browser.get("/handbook/sections/equipment").body()).contains("导入完成：新增 0 条，更新 1 条，未变 1 条。",
				"页面上改的名称");
	}

	@Test
	void theIndexListsTheSectionsWithTheLegendAndTheShellMenu() {
		String page = signedIn(data.operator()).get("/handbook/sections").body();
		assertThat(page)
			.contains("信息自助变更", "数据等级说明", "A:来源于管理系统（企业无法修改）", "B:已使用于资质申请事项并通过核对（企业无法修改）",
					"C:已通过原件核对（原件与扫描件一致，企业无法修改）", "D:未通过原件核对（企业可以修改）", "法人信息", "企业负责人信息", "技术负责人信息", "财务负责人信息",
					"经营负责人信息", "其他主要人员", "企业联系方式", "技术装备", "厂房", "审计报告", "劳务子公司关联关系", "外地分公司社保凭证", "id=\"side-menu\"",
					"href=\"/handbook/sections/plant\"")
			.doesNotContain("外商投资企业批准证书");
	}

	@Test
	void theEquipmentPageShowsTheGuidesColumnsAndPages() {
		TestData.Operator operator = data.operator();
		WebClient browser = signedIn(operator);
		assertThat(browser.get("/handbook/sections/equipment").body()).contains("没有任何数据可以显示", "新增");
		for (int i = 0; i < 23; i++) {
			handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, i));
		}
		String first = browser.get("/handbook/sections/equipment").body();
		assertThat(first).contains("序号", "设备及仪器名称", "型号", "产地", "出厂日期", "数量（台）", "功率（千瓦）", "原值（万元）", "净值（万元）", "数据等级",
				"首页", "上一页", "下一页", "末页", "第 1 / 3 页，共 23 条", "导出 Excel", "导入 Excel");
		assertThat(first.split("class=\"edit\"", -1)).hasSize(11);
		// One form (and CSRF field) for every row's delete and 变更 buttons, beside logout
		// and import: not one per row.
		assertThat(first.split("name=\"_csrf\"", -1)).hasSize(4);
		assertThat(first).contains("form=\"record-actions\"", "href=\"/handbook/sections/equipment\" class=\"active\"");
		assertThat(browser.get("/handbook/sections/equipment?page=2").body()).contains("第 3 / 3 页", ">21<", ">23<");
		assertThat(browser.get("/handbook/sections/equipment?lang=en").body()).contains("Equipment or instrument",
				"Quantity (units)", "Page 1 of 3");
	}

	@Test
	void aFormShowsEveryErrorBesideItsFieldAndKeepsTheInput() {
		WebClient browser = signedIn(data.operator());
		String form = browser.get("/handbook/sections/equipment/new").body();
		assertThat(form).contains("*附件要求: 分辨率 72dpi~100dpi, 比例 1:1, 类型 JPG、JPEG, 大小 小于300KB。", "*信息保存后才能上传附件",
				"发票等证明文件", "保存", "关闭", "备注");
		Map<String, String> fields = fields(DemoSamples.sample(equipment, 1));
		fields.put("f_netValue", "100000");
		fields.put("f_manufactureDate", "2099-01-01");
		fields.put("f_model", "");
		HttpResponse<String> refused = browser.postForm("/handbook/sections/equipment/records", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-netValue\"", "不能大于原值（万元）。", "id=\"error-manufactureDate\"",
				"不能晚于今天。", "id=\"error-model\"", "此项为必填项。", "value=\"" + fields.get("f_origin") + "\"");
	}

	@Test
	void createEditDeleteFollowPostRedirectGet() {
		TestData.Operator operator = data.operator();
		WebClient browser = signedIn(operator);
		browser.get("/handbook/sections/equipment/new");
		HttpResponse<String> created = browser.postForm("/handbook/sections/equipment/records",
				fields(DemoSamples.sample(equipment, 2)));
		assertThat(created.statusCode()).isEqualTo(302);
		String edit = WebClient.location(created);
		long id = Long.parseLong(edit.replaceAll("\\D", ""));
		assertThat(browser.get(edit).body()).contains("已保存。现在可以上传附件。");

		Map<String, String> changed = fields(DemoSamples.sample(equipment, 3));
		changed.put("version", "1");
		assertThat(WebClient.location(browser.postForm("/handbook/records/" + id, changed))).isEqualTo(edit);
		assertThat(handbook.get(operator.enterpriseId(), id).data().get("model"))
			.isEqualTo(DemoSamples.sample(equipment, 3).get("model"));
		browser.get(edit);
		HttpResponse<String> stale = browser.postForm("/handbook/records/" + id, changed);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("已被他人修改");

		browser.get("/handbook/sections/equipment");
		HttpResponse<String> deleted = browser.postForm("/handbook/records/" + id + "/delete", Map.of("version", "2"));
		assertThat(WebClient.location(deleted)).isEqualTo("/handbook/sections/equipment");
		assertThat(browser.get("/handbook/sections/equipment").body()).contains("已删除。", "没有任何数据可以显示");
		assertThat(browser.get("/handbook/records/" + id + "/history").body()).contains("此信息已删除，修改历史仍然保留。", "删除", "新增",
				"修改");
	}

	@Test
	void lockedRowsOfferOnlyChangeAndHistoryAndTheServerRefusesTheRest() {
		TestData.Operator operator = data.operator();
		HandbookRecord c = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 4));
		attachments.attachRequired(operator.enterpriseId(), c.id());
		lifecycle.markPending(operator.enterpriseId(), List.of(c.id()));
		lifecycle.verify(c.id());
		WebClient browser = signedIn(operator);
		String page = browser.get("/handbook/sections/equipment").body();
		assertThat(page).contains("data-level=\"C\"", "变更", "历史").doesNotContain("class=\"edit\"", "删除");
		Map<String, String> forged = fields(DemoSamples.sample(equipment, 5));
		forged.put("version", "3");
		assertThat(browser.postForm("/handbook/records/" + c.id(), forged).statusCode()).isEqualTo(409);
		assertThat(browser.postForm("/handbook/records/" + c.id() + "/delete", Map.of()).statusCode()).isEqualTo(409);

		HttpResponse<String> revision = browser.postForm("/handbook/records/" + c.id() + "/revision", Map.of());
		String draft = WebClient.location(revision);
		// One note says what happened and what it means (issue 14 #16), not a flash
		// beside a note saying it again.
		String draftPage = browser.get(draft).body();
		assertThat(draftPage).contains("已创建第 " + c.id() + " 号信息的变更草稿", "原信息在变更通过原件核对前继续有效")
			.doesNotContain("id=\"flash-success\"");
		assertThat(draftPage.split("继续有效", -1)).hasSize(2);
		assertThat(browser.get("/handbook/sections/equipment").body()).contains("现行有效 · 变更中");
	}

	@Test
	void historyComparesTwoVersionsFieldByField() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 6));
		Map<String, String> changed = new HashMap<>(r.data());
		changed.put("model", "NEW-MODEL");
		handbook.update(operator.enterpriseId(), r.id(), 1, changed);
		String history = signedIn(operator).get("/handbook/records/" + r.id() + "/history?a=1&b=2").body();
		assertThat(history).contains("修改历史", "版本比较", "NEW-MODEL", r.data().get("model"), "class=\"changed\"",
				operator.username());
	}

	@Test
	void aOneRecordSectionShowsTheRecordItself() {
		TestData.Operator operator = data.operator();
		WebClient browser = signedIn(operator);
		SectionDefinition legal = new SectionCatalog().find("legal-person").orElseThrow();
		handbook.create(operator.enterpriseId(), "legal-person", DemoSamples.sample(legal, 1));
		String page = browser.get("/handbook/sections/legal-person").body();
		assertThat(page).contains("现行有效", "姓名", DemoSamples.sample(legal, 1).get("name"), "居民身份证", "编辑")
			.doesNotContain("id=\"new-record\"", "导出 Excel");
	}

	@Test
	void foreignPerformanceSectionsOfferTheirTemplate() {
		TestData.Operator operator = HandbookTestData.foreignOperator(enterprises, accounts);
		WebClient browser = signedIn(operator);
		assertThat(browser.get("/handbook/sections").body()).contains("外商投资企业批准证书", "以下内容为外商投资企业设计资质新设立必须填报");
		assertThat(browser.get("/handbook/sections/foreign-performance-enterprise").body()).contains("模板下载",
				"/handbook/sections/foreign-performance-enterprise/template");
		HttpResponse<String> template = browser.get("/handbook/sections/foreign-performance-enterprise/template");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
		assertThat(template.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"foreign-performance-enterprise.docx\"; filename*=UTF-8''%E5%A4%96");
		assertThat(browser.get("/handbook/sections/foreign-bank-credit/template").statusCode()).isEqualTo(404);
		String form = browser.get("/handbook/sections/foreign-bank-credit/new").body();
		assertThat(form).contains("近三年的银行资信证明", "*如为外文证明，需要同时上传翻译件及翻译公司营业执照复印件", "股东名称");
	}

	@Test
	void foreignSectionsAreNotFoundForALocalEnterprise() {
		WebClient browser = signedIn(data.operator());
		assertThat(browser.get("/handbook/sections/foreign-approval-certificate").statusCode()).isEqualTo(404);
	}

	static Map<String, String> fields(Map<String, String> data) {
		Map<String, String> fields = new HashMap<>();
		data.forEach((k, v) -> fields.put("f_" + k, v));
		return fields;
	}

}
