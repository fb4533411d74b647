package com.dossier.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class EnterpriseAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EnterpriseService enterprises;

	private WebClient admin() {
		WebClient browser = new WebClient(port);
		browser.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return browser;
	}

	private static Map<String, String> form(String code, String name) {
		Map<String, String> f = new HashMap<>(Map.of("creditCode", code, "name", name, "region", "OTHER",
				"foreignInvested", "true", "address", "北京市测试路 2 号", "legalRepresentative", "测试", "registeredCapital",
				"1234.5678", "establishedOn", "2012-05-06"));
		f.put("version", "0");
		return f;
	}

	@Test
	void createsAndEditsBasicDataWhichTheOperatorThenSees() {
		WebClient admin = admin();
		String code = TestData.creditCode();
		admin.get("/admin/enterprises/new");
		var created = admin.postForm("/admin/enterprises", form(code, "新建测试企业"));
		assertThat(WebClient.location(created)).startsWith("/admin/enterprises/");
		Enterprise e = enterprises.findByCreditCode(code).orElseThrow();
		assertThat(e.region()).isEqualTo(Enterprise.Region.OTHER);
		assertThat(e.foreignInvested()).isTrue();
		assertThat(e.registeredCapital()).isEqualByComparingTo("1234.5678");

		admin.get("/admin/enterprises/" + e.id());
		Map<String, String> edit = form(code, "改名后的企业");
		edit.put("version", Integer.toString(e.version()));
		admin.postForm("/admin/enterprises/" + e.id(), edit);
		assertThat(enterprises.get(e.id()).name()).isEqualTo("改名后的企业");

		admin.get("/admin/enterprises/" + e.id());
		var stale = admin.postForm("/admin/enterprises/" + e.id(), edit);
		assertThat(stale.body()).contains("已被他人修改");
	}

	@Test
	void refusesBadCreditCodesDuplicatesAndFutureDates() {
		WebClient admin = admin();
		admin.get("/admin/enterprises/new");
		Map<String, String> bad = form("91310000MA1FL0001A", "错误企业");
		bad.put("establishedOn", "2999-01-01");
		bad.put("registeredCapital", "abc");
		var page = admin.postForm("/admin/enterprises", bad);
		assertThat(page.body()).contains("统一社会信用代码的校验码（最后一位）与前 17 位不符", "请输入数字");
		admin.get("/admin/enterprises/new");
		Map<String, String> future = form(TestData.creditCode(), "未来企业");
		future.put("establishedOn", "2999-01-01");
		assertThat(admin.postForm("/admin/enterprises", future).body()).contains("成立日期不能晚于今天");
		admin.get("/admin/enterprises/new");
		assertThat(admin.postForm("/admin/enterprises", form(data.operator().creditCode(), "重复")).body())
			.contains("该统一社会信用代码已登记");
	}

}
