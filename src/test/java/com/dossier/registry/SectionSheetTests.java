package com.dossier.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Level-A records of a handbook section from its sheet of the workbook, as the API's
 * {@code records}: created, the same again unchanged, a change a new version in the
 * record's history, a bad ID number refusing the whole workbook by row and column.
 */
@HttpTest
class SectionSheetTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	ImportLayout layout;

	@Test
	void aSectionSheetCreatesLevelARecordsThenRepeatsUnchangedThenVersionsAChange() throws Exception {
		TestData.Operator ent = data.operator();
		String source = "人员系统" + TestData.unique();
		WebClient admin = admin();
		String preview = previewOf(admin, source,
				List.of(keyPerson(ent, "K1", 11, "项目经理"), keyPerson(ent, "K2", 12, "安全员")));
		String page = admin.get(preview).body();
		assertThat(page).contains("id=\"count-created\">2<", "其他主要人员", ">2<", ">3<");
		assertThat(handbook.page(ent.enterpriseId(), "key-personnel", 0, 10).items()).as("a preview saves nothing")
			.isEmpty();
		commit(admin, preview, "新建 2 项");
		var records = handbook.page(ent.enterpriseId(), "key-personnel", 0, 10).items();
		assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.level().name()).isEqualTo("A"));
		assertThat(records).extracting(r -> r.data().get("idType")).containsOnly("ID_CARD");

		String again = previewOf(admin, source,
				List.of(keyPerson(ent, "K1", 11, "项目经理"), keyPerson(ent, "K2", 12, "安全员")));
		assertThat(admin.get(again).body()).contains("id=\"count-unchanged\">2<", "id=\"count-created\">0<",
				"id=\"count-updated\">0<");

		String changed = previewOf(admin, source,
				List.of(keyPerson(ent, "K1", 11, "技术负责人"), keyPerson(ent, "K2", 12, "安全员")));
		assertThat(admin.get(changed).body()).contains("id=\"count-updated\">1<", "id=\"count-unchanged\">1<");
		commit(admin, changed, "更新 1 项");
		var person = handbook.page(ent.enterpriseId(), "key-personnel", 0, 10)
			.items()
			.stream()
			.filter(r -> "技术负责人".equals(r.data().get("position")))
			.findFirst()
			.orElseThrow();
		var history = handbook.history(ent.enterpriseId(), person.id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).data()).containsEntry("position", "项目经理");
		assertThat(history.get(1).actor()).isEqualTo(source);
		assertThat(handbook.page(ent.enterpriseId(), "key-personnel", 0, 10).items()).as("no duplicate").hasSize(2);
	}

	@Test
	void oneBadIdNumberInASectionSheetRefusesTheWholeWorkbookByRowAndColumn() throws Exception {
		TestData.Operator ent = data.operator();
		List<String> bad = new ArrayList<>(keyPerson(ent, "B2", 22, "安全员"));
		String good = bad.get(4);
		bad.set(4, good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
		byte[] book = new TestWorkbooks()
			.sheet(layout.section("key-personnel"), List.of(keyPerson(ent, "B1", 21, "项目经理"), bad))
			.bytes();
		WebClient admin = admin();
		admin.get("/admin/imports");
		HttpResponse<String> refused = ExcelJobs.finished(admin, admin.postMultipart("/admin/imports",
				Map.of("source", "坏号码" + TestData.unique()), "file", "bad.xlsx", book));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"refused\"", "<td>其他主要人员</td><td class=\"num\">3</td>",
				"<td>证件号码</td>");
		assertThat(handbook.page(ent.enterpriseId(), "key-personnel", 0, 10).items()).as("nothing saved").isEmpty();
	}

	@Test
	void theEnterprisesOwnRecordOfTheSamePersonIsPointedOutAsADuplicate() throws Exception {
		TestData.Operator ent = data.operator();
		WebClient operator = new WebClient(port).basic(ent.username(), TestData.PASSWORD);
		HttpResponse<String> own = operator.json("POST", "/api/v1/sections/key-personnel/records",
				"{\"data\":{\"name\":\"自填人员\",\"idType\":\"ID_CARD\",\"idNumber\":\"" + ImportPayloads.idNumber(31)
						+ "\",\"position\":\"项目经理\"}}");
		assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
		WebClient admin = admin();
		commit(admin, previewOf(admin, "重复检查" + TestData.unique(), List.of(keyPerson(ent, "D1", 31, "项目经理"))),
				"新建 1 项");
		WebClient page = new WebClient(port);
		page.login(ent.username(), TestData.PASSWORD);
		assertThat(page.get("/handbook/sections/key-personnel").body()).contains("id=\"duplicates-of-a\"", "自填人员",
				"与来源于管理系统的 A 级信息重复");
	}

	/** A row of the 其他主要人员 sheet: credit code, source id, 姓名, 证件类型, 证件号码, 职务. */
	private static List<String> keyPerson(TestData.Operator ent, String id, int n, String position) {
		return List.of(ent.creditCode(), id + "-" + ent.creditCode(), "人员" + n, "居民身份证", ImportPayloads.idNumber(n),
				position);
	}

	private String previewOf(WebClient admin, String source, List<List<String>> rows) throws Exception {
		byte[] book = new TestWorkbooks().sheet(layout.section("key-personnel"), rows).bytes();
		admin.get("/admin/imports");
		HttpResponse<String> done = ExcelJobs.finished(admin,
				admin.postMultipart("/admin/imports", Map.of("source", source), "file", "section.xlsx", book));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		String preview = WebClient.location(done);
		assertThat(preview).startsWith("/admin/imports/preview/");
		return preview;
	}

	private static void commit(WebClient admin, String preview, String flash) throws Exception {
		admin.get(preview);
		HttpResponse<String> done = ExcelJobs.finished(admin, admin.postForm(preview + "/commit", Map.of()));
		assertThat(WebClient.location(done)).isEqualTo("/admin/imports");
		assertThat(admin.get("/admin/imports").body()).contains(flash);
	}

	private WebClient admin() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return admin;
	}

}
