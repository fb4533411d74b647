package com.dossier.account;

import static com.dossier.account.EnterpriseMembers.code;
import static com.dossier.account.EnterpriseMembers.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.dossier.demo.DemoSamples;
import com.dossier.handbook.SectionCatalog;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each permission is enforced by the service behind the API and the pages (403
 * {@code permission.denied}, a page that says so), and the pages hide what would be
 * refused.
 */
@HttpTest
class PermissionEnforcementTests {

	private static final String FILING = "{\"recordIds\":[987654321]}";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private String equipment() {
		return EnterpriseMembers.JSON.writeValueAsString(
				Map.of("data", DemoSamples.sample(new SectionCatalog().find("equipment").orElseThrow(), 1)));
	}

	@Test
	void anOperatorWithoutFileCannotFileNorOpenTheFilingPage() {
		var operator = EnterpriseMembers.ready(port, data.operator().username(), "OPERATOR", null);
		var filed = EnterpriseMembers.api(port, operator.username())
			.json("POST", "/api/v1/verification-applications", FILING);
		assertThat(filed.statusCode()).isEqualTo(403);
		assertThat(code(filed.body())).isEqualTo("permission.denied");
		assertThat(json(filed.body()).get("detail").asString()).contains("FILE");

		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		var page = browser.get("/handbook/verification");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("没有此操作所需的权限").contains("id=\"side-menu\"");
		browser.get("/handbook");
		assertThat(browser.postForm("/handbook/verification", Map.of("recordIds", "987654321")).statusCode())
			.isEqualTo(403);
		assertThat(browser.get("/handbook").body()).doesNotContain("id=\"file-verification\"")
			.doesNotContain("id=\"menu-users\"");
		var english = browser.get("/handbook/verification?lang=en");
		assertThat(english.body()).contains("lacks the permission");
	}

	/** 资质申请 is filed, withdrawn and printed under the same permissions as 原件校对. */
	@Test
	void anOperatorWithoutFileCannotFileAQualificationApplicationNorWithoutPrintPrintOne() {
		var operator = EnterpriseMembers.ready(port, data.operator().username(), "OPERATOR", List.of("EDIT"));
		var api = EnterpriseMembers.api(port, operator.username());
		var filed = api.json("POST", "/api/v1/qualification-applications",
				"{\"kind\":\"FIRST\",\"category\":\"building-construction\",\"grade\":\"SECOND\",\"recordIds\":[987654321]}");
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(403);
		assertThat(code(filed.body())).isEqualTo("permission.denied");
		var withdrawn = api.json("POST", "/api/v1/qualification-applications/Z2026120100001/withdraw", "{}");
		assertThat(withdrawn.statusCode()).isEqualTo(403);

		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook/qualification/new").statusCode()).isEqualTo(403);
		assertThat(browser.get("/handbook/qualification").body()).doesNotContain("id=\"new-qualification\"");
		assertThat(browser.get("/handbook/qualification/Z2026120100001/form.pdf").statusCode()).isEqualTo(403);
	}

	@Test
	void fileCanBeGrantedToAnOperator() {
		var operator = EnterpriseMembers.ready(port, data.operator().username(), "OPERATOR",
				List.of("EDIT", "FILE", "PRINT"));
		var filed = EnterpriseMembers.api(port, operator.username())
			.json("POST", "/api/v1/verification-applications", FILING);
		assertThat(filed.statusCode()).as(filed.body()).isNotEqualTo(403).isBetween(400, 499);
	}

	@Test
	void withoutEditNothingIsWrittenAndWithItTheOperatorMaintainsRecords() {
		String manager = data.operator().username();
		var editor = EnterpriseMembers.ready(port, manager, "OPERATOR", null);
		var reader = EnterpriseMembers.ready(port, manager, "OPERATOR", List.of("PRINT"));
		var created = EnterpriseMembers.api(port, editor.username())
			.json("POST", "/api/v1/sections/equipment/records", equipment());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = json(created.body()).get("id").asLong();

		WebClient api = EnterpriseMembers.api(port, reader.username());
		assertThat(api.json("GET", "/api/v1/records/" + id, null).statusCode()).isEqualTo(200);
		for (var refused : List.of(api.json("POST", "/api/v1/sections/equipment/records", equipment()),
				api.json("PUT", "/api/v1/records/" + id, equipment().replace("}}", "},\"version\":0}")),
				api.json("DELETE", "/api/v1/records/" + id, null),
				api.postMultipart("/api/v1/records/" + id + "/attachments", Map.of("kind", "proof"), "file", "a.jpg",
						new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }))) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(code(refused.body())).isEqualTo("permission.denied");
		}
		assertThat(api.json("GET", "/api/v1/records/" + id, null).statusCode()).isEqualTo(200);

		WebClient browser = new WebClient(port);
		browser.login(reader.username(), TestData.PASSWORD);
		String section = browser.get("/handbook/sections/equipment").body();
		assertThat(section).doesNotContain("id=\"new-record\"").doesNotContain("class=\"edit\"");
		assertThat(browser.get("/handbook/sections/equipment/new").statusCode()).isIn(200, 403);
		assertThat(browser.postForm("/handbook/records/" + id + "/delete", Map.of("version", "0")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void printingTheFormNeedsPrint() {
		String manager = data.operator().username();
		var noPrint = EnterpriseMembers.ready(port, manager, "OPERATOR", List.of("EDIT"));
		WebClient browser = new WebClient(port);
		browser.login(noPrint.username(), TestData.PASSWORD);
		String number = "/handbook/verification/applications/W2026010100001";
		assertThat(browser.get(number).statusCode()).isEqualTo(403);
		assertThat(browser.get(number + "/form.pdf").statusCode()).isEqualTo(403);

		WebClient printer = new WebClient(port);
		printer.login(manager, TestData.PASSWORD);
		assertThat(printer.get(number).statusCode()).isEqualTo(404);
	}

	@Test
	void withoutManageUsersThereIsNoUserManagement() {
		var operator = EnterpriseMembers.ready(port, data.operator().username(), "OPERATOR", null);
		WebClient browser = new WebClient(port);
		browser.login(operator.username(), TestData.PASSWORD);
		assertThat(browser.get("/handbook/users").statusCode()).isEqualTo(403);
		assertThat(browser.get("/handbook/users/new").statusCode()).isEqualTo(403);
		String shell = browser.get("/handbook/sections").body();
		assertThat(shell).doesNotContain("id=\"menu-users\"").contains("href=\"/contact\"");

		WebClient manager = new WebClient(port);
		manager.login(data.operator().username(), TestData.PASSWORD);
		assertThat(manager.get("/handbook/sections").body()).contains("id=\"menu-users\"", "href=\"/contact\"");
	}

}
