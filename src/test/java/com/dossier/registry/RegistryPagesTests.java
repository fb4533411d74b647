package com.dossier.registry;

import static com.dossier.registry.ImportPayloads.basic;
import static com.dossier.registry.ImportPayloads.enterprise;
import static com.dossier.registry.ImportPayloads.json;
import static com.dossier.registry.ImportPayloads.licence;
import static com.dossier.registry.ImportPayloads.payload;
import static com.dossier.registry.ImportPayloads.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 企业基本信息, 企业人员信息 and 安全生产许可证信息 show the enterprise its own level-A data, and nobody
 * else's.
 */
@HttpTest
class RegistryPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	AdministrationTime time;

	@Test
	void personnelAreMaskedInListsWholeOnTheirDetailAndOnlyTheirEnterprisesToSee() {
		TestData.Operator mine = data.operator();
		TestData.Operator other = data.operator();
		var e = enterprise(mine.creditCode(), null);
		var builder = person("PP1-" + mine.creditCode(), "欧阳建设", 11);
		var supervisor = person("PP2-" + mine.creditCode(), "林监理", 12);
		supervisor.put("registrationType", "注册监理工程师");
		e.put("personnel", List.of(builder, supervisor));
		importAsAdmin(payload("人员库", e));

		WebClient api = new WebClient(port).basic(mine.username(), TestData.PASSWORD);
		JsonNode page = json(api.get("/api/v1/enterprise/personnel").body());
		assertThat(page.get("totalItems").asInt()).isEqualTo(2);
		assertThat(page.get("totalPages").asInt()).isEqualTo(1);
		String whole = ImportPayloads.idNumber(11);
		String masked = whole.substring(0, 6) + "********" + whole.substring(14);
		JsonNode first = page.get("items")
			.valueStream()
			.filter(n -> n.get("name").asString().equals("欧阳建设"))
			.findFirst()
			.orElseThrow();
		assertThat(first.get("idNumber").asString()).isEqualTo(masked);
		long id = first.get("id").asLong();
		assertThat(json(api.get("/api/v1/enterprise/personnel/" + id).body()).get("idNumber").asString())
			.isEqualTo(whole);
		JsonNode byType = json(api
			.get("/api/v1/enterprise/personnel?registrationType="
					+ java.net.URLEncoder.encode("注册监理工程师", java.nio.charset.StandardCharsets.UTF_8))
			.body());
		assertThat(byType.get("items")).singleElement()
			.satisfies(n -> assertThat(n.get("name").asString()).isEqualTo("林监理"));

		WebClient browser = new WebClient(port);
		browser.login(mine.username(), TestData.PASSWORD);
		String list = browser
			.get("/handbook/personnel?name="
					+ java.net.URLEncoder.encode("欧阳", java.nio.charset.StandardCharsets.UTF_8))
			.body();
		assertThat(list).contains("欧阳建设", masked, "人员库").doesNotContain(whole, "林监理", "此功能尚未在本系统开放");
		assertThat(browser.get("/handbook/personnel/" + id).body()).contains(whole);
		WebClient english = new WebClient(port).language("en");
		english.login(mine.username(), TestData.PASSWORD);
		String englishPage = english.get("/handbook/personnel").body();
		assertThat(englishPage).contains("Registration type", "Source: 人员库");
		assertThat(englishPage.replaceAll("<[^>]*>", " ").replace("中文", "")).doesNotContainPattern("[：（），；。]");

		WebClient stranger = new WebClient(port).basic(other.username(), TestData.PASSWORD);
		assertThat(json(stranger.get("/api/v1/enterprise/personnel").body()).get("totalItems").asInt()).isZero();
		assertThat(stranger.get("/api/v1/enterprise/personnel/" + id).statusCode()).isEqualTo(404);
		WebClient strangerBrowser = new WebClient(port);
		strangerBrowser.login(other.username(), TestData.PASSWORD);
		assertThat(strangerBrowser.get("/handbook/personnel/" + id).statusCode()).isEqualTo(404);
		assertThat(strangerBrowser.get("/handbook/personnel").body()).doesNotContain("欧阳建设");
	}

	@Test
	void licencesExpiredOrExpiringWithinNinetyDaysAreWarnedAbout() {
		TestData.Operator mine = data.operator();
		LocalDate today = time.today();
		String c = mine.creditCode();
		var e = enterprise(c, null);
		e.put("safetyLicences", List.of(licence("X-" + c, today.minusDays(1).toString()),
				licence("S-" + c, today.plusDays(30).toString()), licence("V-" + c, today.plusDays(400).toString())));
		importAsAdmin(payload("许可证库", e));
		JsonNode items = json(new WebClient(port).basic(mine.username(), TestData.PASSWORD)
			.get("/api/v1/enterprise/safety-licences")
			.body()).get("items");
		assertThat(items.valueStream().map(n -> n.get("expiry").asString())).containsExactly("VALID", "EXPIRING",
				"EXPIRED");
		WebClient browser = new WebClient(port);
		browser.login(mine.username(), TestData.PASSWORD);
		String page = browser.get("/handbook/safety-licences").body();
		assertThat(page).contains("已于 " + today.minusDays(1) + " 过期", "还有 30 天", "许可证库").doesNotContain("此功能尚未在本系统开放");
	}

	@Test
	void basicInfoShowsTheImportedDataQualificationsAndTheirSource() {
		TestData.Operator mine = data.operator();
		var e = enterprise(mine.creditCode(), null);
		e.put("basic", basic());
		importAsAdmin(payload("企业库", e));
		WebClient browser = new WebClient(port);
		browser.login(mine.username(), TestData.PASSWORD);
		String page = browser.get("/handbook/basic-info").body();
		assertThat(page).contains("房屋建筑工程施工总承包", "建筑工程施工总承包", "二级", "张建国", "来源：企业库");
		WebClient english = new WebClient(port).language("en");
		english.login(mine.username(), TestData.PASSWORD);
		assertThat(english.get("/handbook/basic-info").body()).contains("Qualifications held", "Source: 企业库");
	}

	private void importAsAdmin(String body) {
		var response = new WebClient(port).basic(data.account(Role.ADMIN), TestData.PASSWORD)
			.json("POST", "/api/v1/admin/imports", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

}
