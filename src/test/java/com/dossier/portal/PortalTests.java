package com.dossier.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class PortalTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void theHomeHasTheGuidesSectionsInChineseAndEnglish() {
		String zh = new WebClient(port).get("/").body();
		assertThat(zh).contains("建设管理类", "城市运行类", "道路管线", "燃气", "通知公告", "热点关注", "审批公示公告", "行政审批", "网上服务", "建设工程企业资质许可",
				"电子版《诚信手册》核定(自检)", "操作指南", "网上申请", "表格下载", "审批状态", "请使用法人一证通数字证书、或者个人证书登录", "W2026112400001");
		String en = new WebClient(port).language("en").get("/").body();
		assertThat(en).contains("Construction administration", "Approval status", "Sign in");
		assertThat(new WebClient(port).get("/?lang=en").body()).contains("Construction administration");
	}

	/**
	 * Issue 14 #16, #17: the approvals and the self-check lead somewhere; 表格下载 offers
	 * what exists.
	 */
	@Test
	void theHomesServiceEntriesAreLinksAndTheFormsTabOffersDownloads() {
		String home = new WebClient(port).get("/").body();
		assertThat(home).contains("href=\"/services/qualification\"", "href=\"/services/safety-licence\"",
				"href=\"/handbook/self-check\"");
		for (String code : List.of("qualification", "safety-licence")) {
			var page = new WebClient(port).get("/services/" + code);
			assertThat(page.statusCode()).as(code).isEqualTo(200);
			assertThat(page.body()).contains("尚未开放");
		}
		assertThat(new WebClient(port).get("/services/unknown").statusCode()).isEqualTo(404);
		assertThat(new WebClient(port).get("/?tab=forms").body()).contains(
				"/handbook/sections/foreign-performance-enterprise/template",
				"/handbook/sections/foreign-performance-individual/template");
	}

	/** Issue 14 #11: English texts have English punctuation and spaces. */
	@Test
	void englishPagesHaveNoFullWidthPunctuation() {
		WebClient operator = new WebClient(port).language("en");
		operator.login(data.operator().username(), TestData.PASSWORD);
		String page = operator.get("/handbook/basic-info").body();
		assertThat(page).contains("User: <b id=\"current-user\">");
		for (String path : List.of("/", "/?tab=forms", "/login", "/notices", "/status?number=W12",
				"/services/safety-licence")) {
			String body = new WebClient(port).language("en").get(path).body();
			String text = body.replaceAll("<[^>]*>", " ").replace("中文", "");
			assertThat(text).as(path).doesNotContainPattern("[：（），；。]");
		}
	}

	@Test
	void onlyTheEnterpriseCategoryLeadsIn() {
		String home = new WebClient(port).get("/").body();
		assertThat(home).contains("href=\"/handbook\"");
		assertThat(new WebClient(port).get("/category/gas").body()).contains("不属于本系统");
		assertThat(new WebClient(port).get("/category/unknown").statusCode()).isEqualTo(404);
	}

	@Test
	void theTabsSwitchWithoutScript() {
		assertThat(new WebClient(port).get("/?tab=status").body()).contains("name=\"number\"");
		assertThat(new WebClient(port).get("/?tab=guide").body()).contains("信息保存后上传证明文件扫描件");
	}

	@Test
	void theQueryBoxTellsMalformedFromUnknownNumbers() {
		assertThat(new WebClient(port).get("/status?number=W12").body()).contains("申请编号格式不正确");
		assertThat(new WebClient(port).get("/status?number=W2000010199999").body())
			.contains("没有找到申请编号为 W2000010199999 的申请");
		var api = new WebClient(port).json("GET", "/api/v1/public/applications/W2000010199999", null);
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"code\":\"application.not_found\"");
		var malformed = new WebClient(port).json("GET", "/api/v1/public/applications/W2026133100001", null);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("application.number_malformed");
	}

	@Test
	void administratorsPublishNoticesThatEveryoneSeesNewestFirst() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		admin.get("/admin/notices/new");
		String older = "较早的通知 " + TestData.unique();
		String newer = "最新的通知 " + TestData.unique();
		admin.postForm("/admin/notices", Map.of("category", "NOTICE", "title", older, "body", "正文<script>x</script>"));
		admin.get("/admin/notices/new");
		admin.postForm("/admin/notices", Map.of("category", "NOTICE", "title", newer, "body", "第二条"));
		String list = new WebClient(port).get("/notices?category=NOTICE").body();
		assertThat(list.indexOf(newer)).isLessThan(list.indexOf(older)).isPositive();
		String home = new WebClient(port).get("/").body();
		assertThat(home).contains(newer);

		admin.get("/admin/notices/new");
		var invalid = admin.postForm("/admin/notices", Map.of("category", "NOTICE", "title", "", "body", ""));
		assertThat(invalid.body()).contains("此项为必填项");
	}

	@Test
	void noticeBodiesAreTextNeverMarkup() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		admin.get("/admin/notices/new");
		String title = "脚本测试 " + TestData.unique();
		admin.postForm("/admin/notices",
				Map.of("category", "HOT", "title", title, "body", "<script>alert(1)</script>"));
		String list = new WebClient(port).get("/notices?category=HOT").body();
		String href = list.substring(list.indexOf("/notices/", list.indexOf(title) - 80)).split("\"")[0];
		String page = new WebClient(port).get(href).body();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void unknownPagesAndApiPathsAreNotFoundNeverAStackTrace() {
		var page = new WebClient(port).get("/notices/999999999");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("您要找的内容不存在").doesNotContain("Exception");
		var api = new WebClient(port).basic(data.operator().username(), TestData.PASSWORD)
			.json("GET", "/api/v1/no-such-thing", null);
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"code\":\"not_found\"");
		var badNumber = new WebClient(port).get("/notices/not-a-number");
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.body()).doesNotContain("Exception");
	}

}
