package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 #4: an error page keeps the header (who is signed in, 安全退出, the languages)
 * and, for an operator, the menu; its title names the error and the portal, never "出错了 ·
 * null".
 */
@HttpTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void anOperatorsErrorPagesKeepTheHeaderAndTheMenu() {
		WebClient operator = new WebClient(port);
		operator.login(data.operator().username(), TestData.PASSWORD);
		// refused by a controller (PageExceptionHandler) and by the container
		// (DossierErrorController)
		for (String path : new String[] { "/handbook/pending/no-such-entry", "/handbook/no-such-page" }) {
			var page = operator.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path)
				.contains("<title>未找到 · Dossier", "id=\"current-user\"", "id=\"logout\"", "id=\"side-menu\"",
						"您要找的内容不存在", "href=\"/handbook\" id=\"error-home\"",
						// the 信息自助变更 sub-menu too
						"href=\"/handbook/sections/equipment\"")
				.doesNotContain("null");
		}
	}

	@Test
	void otherPeoplesErrorPagesKeepTheHeader() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		var missing = admin.get("/admin/accounts/999999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("<title>未找到 · ", "id=\"current-user\"", "href=\"/admin\" id=\"error-home\"")
			.doesNotContain("id=\"side-menu\"");
		var malformed = new WebClient(port).get("/notices/not-a-number");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("<title>请求格式错误 · ", "class=\"site-header\"",
				"href=\"/\" id=\"error-home\"");
		var english = new WebClient(port).language("en").get("/no-such-page");
		assertThat(english.body()).contains("<title>Not found · Dossier Online Service Hall</title>",
				"Back to the home page");
	}

}
