package com.dossier.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.DemoTest;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's management-system data came through the import and fills the three pages;
 * demo-ent2's key personnel page points out its duplicate of a level-A person.
 */
@DemoTest
class DemoRegistryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theDemoEnterprisesHaveLevelAPersonnelLicencesAndQualifications() {
		WebClient api = new WebClient(port).basic(DemoData.LOCAL_OPERATOR, DemoData.PASSWORD);
		JsonNode personnel = JSON.readTree(api.get("/api/v1/enterprise/personnel").body());
		assertThat(personnel.get("totalItems").asInt()).isEqualTo(25);
		assertThat(personnel.get("totalPages").asInt()).isEqualTo(2);
		JsonNode licences = JSON.readTree(api.get("/api/v1/enterprise/safety-licences").body()).get("items");
		assertThat(licences.valueStream().map(n -> n.get("expiry").asString())).containsExactly("EXPIRING", "EXPIRED");

		WebClient browser = new WebClient(port);
		browser.login(DemoData.FOREIGN_OPERATOR, DemoData.PASSWORD);
		assertThat(browser.get("/handbook/basic-info").body()).contains("工程设计建筑行业", DemoRegistry.SOURCE);
		assertThat(browser.get("/handbook/personnel").body()).contains("Emily Chen", "310104********");
		assertThat(browser.get("/handbook/sections/key-personnel").body()).contains("id=\"duplicates-of-a\"");
	}

}
