package com.dossier.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.qualification.QualificationService;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.VerificationService;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who reaches the tips and the self-check (an enterprise, only of its own data; no other
 * role), and the API's shapes of DESIGN §11.
 */
@HttpTest
class SupervisionAccessTests {

	static final List<String> PATHS = List.of("/api/v1/enterprise/tips", "/api/v1/enterprise/self-check",
			"/handbook/supervision", "/handbook/self-check");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	TestAttachments attachments;

	@Autowired
	VerificationService verification;

	@Autowired
	QualificationService qualifications;

	@Autowired
	AdministrationTime time;

	SupervisionTestData prepared;

	@BeforeEach
	void prepare() {
		prepared = new SupervisionTestData(port, data, handbook, attachments, verification, qualifications, time);
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnTips() {
		TestData.Operator mine = data.operator();
		TestData.Operator theirs = data.operator();
		HandbookRecord secret = prepared.draft(theirs, "equipment", Map.of("name", "别家的秘密设备"));
		JsonNode their = prepared.tips(theirs);
		assertThat(their.valueStream().anyMatch(t -> t.path("recordId").asLong() == secret.id())).isTrue();

		JsonNode own = prepared.tips(mine);
		assertThat(own.valueStream().filter(t -> t.path("recordId").asLong() == secret.id())).isEmpty();
		assertThat(own.toString()).doesNotContain("别家的秘密设备");
		String check = prepared.api(mine).get("/api/v1/enterprise/self-check?case=CONSTRUCTION").body();
		assertThat(check).doesNotContain("/handbook/records/" + secret.id());
	}

	@Test
	void otherRolesAreRefusedAndAnonymousCallersSentToSignIn() {
		for (Role role : List.of(Role.CLERK, Role.ADMIN, Role.REVIEWER)) {
			WebClient client = new WebClient(port).basic(data.account(role), TestData.PASSWORD);
			for (String path : PATHS) {
				assertThat(client.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
			}
		}
		for (String path : PATHS.subList(0, 2)) {
			assertThat(new WebClient(port).get(path).statusCode()).as(path).isEqualTo(401);
		}
		var page = new WebClient(port).get("/handbook/self-check");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(page)).endsWith("/login");
	}

	@Test
	void theApiAnswersInTheShapesOfTheDesign() {
		TestData.Operator op = data.operator();
		HandbookRecord draft = prepared.draft(op, "plant", Map.of());
		JsonNode tips = prepared.tips(op);
		assertThat(tips.isArray()).isTrue();
		for (JsonNode tip : tips) {
			assertThat(tip.propertyNames()).containsExactlyInAnyOrder("code", "severity", "section", "recordId",
					"message", "link");
			assertThat(tip.get("severity").asString()).isIn("ERROR", "WARNING", "INFO");
			assertThat(tip.get("link").asString()).startsWith("/handbook/");
			assertThat(tip.get("message").asString()).isNotBlank();
		}
		JsonNode scan = SupervisionTestData.of(tips, "attachment.missing", "plant").get(0);
		assertThat(scan.get("recordId").asLong()).isEqualTo(draft.id());
		JsonNode missing = SupervisionTestData.of(tips, "section.missing", "principal").get(0);
		assertThat(missing.get("recordId").isNull()).isTrue();

		JsonNode check = prepared.selfCheck(op, "CONSTRUCTION");
		assertThat(check.propertyNames()).containsExactlyInAnyOrder("case", "ready", "items");
		for (JsonNode item : check.get("items")) {
			assertThat(item.propertyNames()).containsExactlyInAnyOrder("requirement", "section", "status", "message",
					"link");
			assertThat(item.get("status").asString()).isIn("MET", "MISSING", "PENDING");
		}
		assertThat(Set.copyOf(SelfCheckTests.statuses(check))).containsOnly("MISSING");
	}

}
