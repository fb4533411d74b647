package com.dossier.registry;

import static com.dossier.registry.ImportPayloads.basic;
import static com.dossier.registry.ImportPayloads.enterprise;
import static com.dossier.registry.ImportPayloads.json;
import static com.dossier.registry.ImportPayloads.keyPerson;
import static com.dossier.registry.ImportPayloads.licence;
import static com.dossier.registry.ImportPayloads.payload;
import static com.dossier.registry.ImportPayloads.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.audit.AuditFilter;
import com.dossier.audit.AuditLog;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The machine import over HTTP: created, repeated, changed, refused whole, and who may
 * call it.
 */
@HttpTest
class ImportApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	AccountService accounts;

	@Autowired
	HandbookService handbook;

	@Autowired
	AuditLog audit;

	@Test
	void createThenRepeatIsUnchangedThenAChangeIsANewVersionBySource() {
		String importer = data.account(Role.IMPORTER);
		WebClient api = new WebClient(port).basic(importer, TestData.PASSWORD);
		String code = TestData.creditCode();
		String source = "测试管理系统" + TestData.unique();
		var e = enterprise(code, "导入新建企业" + TestData.unique());
		e.put("basic", basic());
		e.put("personnel", List.of(person("P1-" + code, "王五", 1), person("P2-" + code, "赵六", 2)));
		e.put("safetyLicences", List.of(licence("L1-" + code, "2027-01-01")));
		e.put("records", List.of(keyPerson("R1-" + code, 3)));

		JsonNode first = ok(api.json("POST", "/api/v1/admin/imports", payload(source, e)));
		assertThat(first.get("created").asInt()).isEqualTo(6);
		assertThat(first.get("enterprisesCreated").asInt()).isEqualTo(1);
		long enterpriseId = enterprises.findByCreditCode(code).orElseThrow().id();
		assertThat(enterprises.get(enterpriseId).legalRepresentative()).isEqualTo("张建国");

		JsonNode again = ok(api.json("POST", "/api/v1/admin/imports", payload(source, e)));
		assertThat(again.get("unchanged").asInt()).isEqualTo(6);
		assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();

		var changed = person("P1-" + code, "王五", 1);
		changed.put("specialty", "市政公用工程");
		var record = keyPerson("R1-" + code, 3);
		((Map<String, Object>) record.get("data")).put("position", "技术负责人");
		e.put("personnel", List.of(changed, person("P2-" + code, "赵六", 2)));
		e.put("records", List.of(record));
		JsonNode third = ok(api.json("POST", "/api/v1/admin/imports", payload(source, e)));
		assertThat(third.get("updated").asInt()).isEqualTo(2);
		assertThat(third.get("unchanged").asInt()).isEqualTo(4);

		var a = handbook.page(enterpriseId, "key-personnel", 0, 10).items();
		assertThat(a).singleElement().satisfies(r -> {
			assertThat(r.level().name()).isEqualTo("A");
			assertThat(r.data()).containsEntry("position", "技术负责人");
			var history = handbook.history(enterpriseId, r.id());
			assertThat(history).hasSize(2);
			assertThat(history.get(1).actor()).isEqualTo(source);
			assertThat(history.get(0).data()).containsEntry("position", "项目经理");
		});
		var entries = audit.latest(new AuditFilter(importer, "registry.import", null, null, null, null), 10);
		assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(entry.detail()).contains(source));
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		String changes = admin.get("/admin/imports/" + entries.get(0).target().substring("import:".length())).body();
		assertThat(changes).as("the latest import changed one person")
			.contains("P1-" + code, "王五")
			.doesNotContain("P2-" + code);
		assertThat(admin.get("/admin/imports").body()).contains(source);
	}

	@Test
	void levelARecordsRefuseEveryChangeByTheEnterprise() {
		String code = TestData.creditCode();
		var e = enterprise(code, "只读测试企业" + TestData.unique());
		e.put("records", List.of(keyPerson("RO-" + code, 4)));
		ok(admin().json("POST", "/api/v1/admin/imports", payload("测试源", e)));
		String username = "ro-" + TestData.unique();
		accounts.create(new NewAccount(username, null, Role.ENTERPRISE, code, TestData.PASSWORD));
		WebClient operator = new WebClient(port).basic(username, TestData.PASSWORD);
		long id = handbook.page(enterprises.findByCreditCode(code).orElseThrow().id(), "key-personnel", 0, 1)
			.items()
			.get(0)
			.id();
		HttpResponse<String> put = operator.json("PUT", "/api/v1/records/" + id,
				"{\"data\":{\"name\":\"改名\"},\"version\":1}");
		assertThat(put.statusCode()).isEqualTo(409);
		assertThat(json(put.body()).get("code").asString()).isEqualTo("record.locked");
		HttpResponse<String> delete = operator.json("DELETE", "/api/v1/records/" + id, null);
		assertThat(json(delete.body()).get("code").asString()).isEqualTo("record.locked");
		enterprises.changeContact(enterprises.findByCreditCode(code).orElseThrow().id(), null,
				new com.dossier.enterprise.Contact("联系人", "021-60000000", "13800000000"));
		WebClient page = new WebClient(port);
		page.login(username, TestData.PASSWORD);
		assertThat(page.get("/handbook/sections/key-personnel").body()).contains("来源：测试源");
		HttpResponse<String> attach = operator.postMultipart("/api/v1/records/" + id + "/attachments",
				Map.of("kind", "id-document"), "file", "scan.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8 });
		assertThat(attach.statusCode()).isEqualTo(409);
		assertThat(json(attach.body()).get("code").asString()).isEqualTo("record.locked");
	}

	@Test
	void oneBadIdNumberRefusesTheWholeImportNamingItsPath() {
		String good = TestData.creditCode();
		String bad = TestData.creditCode();
		var first = enterprise(good, "全有全无企业" + TestData.unique());
		first.put("personnel", List.of(person("G1-" + good, "甲", 5)));
		var second = enterprise(bad, "全有全无企业" + TestData.unique());
		var wrong = person("B2-" + bad, "乙", 7);
		wrong.put("idNumber", "310105198001010071");
		second.put("personnel", List.of(person("B1-" + bad, "丙", 6), wrong));
		HttpResponse<String> refused = admin().language("en")
			.json("POST", "/api/v1/admin/imports", payload("测试源", first, second));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("problem+json"));
		JsonNode body = json(refused.body());
		assertThat(body.get("code").asString()).isEqualTo("import.refused");
		assertThat(body.get("errors")).singleElement().satisfies(error -> {
			assertThat(error.get("path").asString()).isEqualTo("enterprises[1].personnel[1].idNumber");
			assertThat(error.get("code").asString()).isEqualTo("id_number.check_digit");
			assertThat(error.get("message").asString()).doesNotContain("居民");
		});
		assertThat(enterprises.findByCreditCode(good)).isEmpty();
		assertThat(enterprises.findByCreditCode(bad)).isEmpty();
	}

	@Test
	void everyProblemIsListedInChinese() {
		var e = enterprise("91310000ABCDEFGHIJ", null);
		var p = person("", "甲", 8);
		p.put("validUntil", "2028-02-30");
		e.put("personnel", List.of(p));
		HttpResponse<String> refused = admin().json("POST", "/api/v1/admin/imports",
				ImportPayloads.JSON.writeValueAsString(Map.of("source", " ", "enterprises", List.of(e))));
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode errors = json(refused.body()).get("errors");
		assertThat(errors.valueStream().map(n -> n.get("path").asString())).containsExactlyInAnyOrder("source",
				"enterprises[0].creditCode", "enterprises[0].personnel[0].sourceId",
				"enterprises[0].personnel[0].validUntil");
		assertThat(errors.get(1).get("message").asString()).contains("统一社会信用代码");
	}

	@Test
	void aSourceIdOfAnotherEnterpriseIsRefusedAndRemovedTakesAnItemAway() {
		String one = TestData.creditCode();
		String two = TestData.creditCode();
		String source = "迁移测试" + TestData.unique();
		var e = enterprise(one, "甲企业" + TestData.unique());
		e.put("personnel", List.of(person("S-" + one, "甲", 9)));
		ok(admin().json("POST", "/api/v1/admin/imports", payload(source, e)));
		var other = enterprise(two, "乙企业" + TestData.unique());
		other.put("personnel", List.of(person("S-" + one, "甲", 9)));
		HttpResponse<String> moved = admin().json("POST", "/api/v1/admin/imports", payload(source, other));
		assertThat(moved.statusCode()).isEqualTo(422);
		assertThat(json(moved.body()).get("errors").get(0).get("code").asString())
			.isEqualTo("import.source_id_elsewhere");

		e.put("personnel", List.of(Map.of("sourceId", "S-" + one, "removed", true)));
		JsonNode removed = ok(admin().json("POST", "/api/v1/admin/imports", payload(source, e)));
		assertThat(removed.get("removed").asInt()).isEqualTo(1);
		assertThat(ok(admin().json("POST", "/api/v1/admin/imports", payload(source, e))).get("unchanged").asInt())
			.isEqualTo(1);
	}

	@Test
	void onlyAdministratorsAndImportersMayImport() {
		String body = payload("测试源", enterprise(TestData.creditCode(), "权限测试" + TestData.unique()));
		for (Role role : List.of(Role.CLERK, Role.REVIEWER)) {
			WebClient client = new WebClient(port).basic(data.account(role), TestData.PASSWORD);
			assertThat(client.json("POST", "/api/v1/admin/imports", body).statusCode()).isEqualTo(403);
		}
		WebClient operator = new WebClient(port).basic(data.operator().username(), TestData.PASSWORD);
		assertThat(operator.json("POST", "/api/v1/admin/imports", body).statusCode()).isEqualTo(403);
		assertThat(new WebClient(port).json("POST", "/api/v1/admin/imports", body).statusCode()).isEqualTo(401);
		WebClient importer = new WebClient(port).basic(data.account(Role.IMPORTER), TestData.PASSWORD);
		assertThat(importer.get("/api/v1/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(importer.get("/admin").statusCode()).isEqualTo(403);
	}

	private WebClient admin() {
		return new WebClient(port).basic(data.account(Role.ADMIN), TestData.PASSWORD);
	}

	private static JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response.body());
	}

}
