package com.dossier.registry;

import static com.dossier.registry.ImportPayloads.enterprise;
import static com.dossier.registry.ImportPayloads.json;
import static com.dossier.registry.ImportPayloads.payload;
import static com.dossier.registry.ImportPayloads.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a careless or hostile source may send: each answered clearly, nothing half-saved.
 */
@HttpTest
class ImportHostileTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Test
	void wrongTypesAndBrokenJsonAreMalformed() {
		var e = enterprise(TestData.creditCode(), "类型错误企业");
		e.put("basic", Map.of("registeredCapital", "很多"));
		HttpResponse<String> typed = importer().json("POST", "/api/v1/admin/imports", payload("源", e));
		assertThat(typed.statusCode()).isEqualTo(400);
		assertThat(json(typed.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("enterprises[0].basic.registeredCapital");
		assertThat(importer().json("POST", "/api/v1/admin/imports", "{\"source\":").statusCode()).isEqualTo(400);
		assertThat(importer().json("POST", "/api/v1/admin/imports", "{}").statusCode()).isEqualTo(422);
	}

	@Test
	void recordsOfUnknownSectionsOrFieldsAndRepeatedSourceIdsAreListed() {
		String code = TestData.creditCode();
		var e = enterprise(code, "记录错误企业");
		e.put("records",
				List.of(Map.of("section", "no-such-section", "sourceId", "R1", "data", Map.of()), Map.of("section",
						"contact-info", "sourceId", "R2", "data",
						Map.of("address", "上海", "postcode", "200000", "phone", "021-60000000", "colour", "红"))));
		e.put("personnel", List.of(person("DUP-" + code, "甲", 1), person("DUP-" + code, "乙", 2)));
		JsonNode errors = refused(importer().json("POST", "/api/v1/admin/imports", payload("源", e)));
		assertThat(errors.valueStream().map(n -> n.get("path").asString() + " " + n.get("code").asString()))
			.containsExactlyInAnyOrder("enterprises[0].records[0].section section.not_found",
					"enterprises[0].records[1].data.colour field.unknown",
					"enterprises[0].personnel[1].sourceId import.duplicate_source_id");
		assertThat(errors.valueStream()
			.filter(n -> n.get("code").asString().equals("section.not_found"))
			.map(n -> n.get("message").asString())).containsExactly("没有这个信息栏目。");
	}

	@Test
	void aRecordFrozenInAnApplicationRefusesTheImport() {
		TestData.Operator operator = data.operator();
		var d = handbook.create(operator.enterpriseId(), "contact-info",
				Map.of("address", "上海市自填路 1 号", "postcode", "200001", "phone", "021-61111111"));
		lifecycle.markPending(operator.enterpriseId(), List.of(d.id()));
		var e = enterprise(operator.creditCode(), null);
		e.put("personnel", List.of(person("FZ-" + operator.creditCode(), "丙", 3)));
		e.put("records", List.of(Map.of("section", "contact-info", "sourceId", "CI-" + operator.creditCode(), "data",
				Map.of("address", "上海市导入路 2 号", "postcode", "200002", "phone", "021-62222222"))));
		JsonNode errors = refused(importer().json("POST", "/api/v1/admin/imports", payload("源", e)));
		assertThat(errors).singleElement().satisfies(n -> {
			assertThat(n.get("path").asString()).isEqualTo("enterprises[0].records[0]");
			assertThat(n.get("code").asString()).isEqualTo("record.pending");
		});
		assertThat(handbook.get(operator.enterpriseId(), d.id()).data()).containsEntry("address", "上海市自填路 1 号");
		WebClient api = new WebClient(port).basic(operator.username(), TestData.PASSWORD);
		assertThat(json(api.get("/api/v1/enterprise/personnel").body()).get("totalItems").asInt())
			.as("nothing half-saved")
			.isZero();
	}

	@Test
	void aFileThatIsNoWorkbookOrLacksAColumnIsRefusedOnThePage() throws Exception {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		admin.get("/admin/imports");
		String notABook = ExcelJobs
			.finished(admin, admin.postMultipart("/admin/imports", Map.of("source", "源"), "file", "x.xlsx",
					"PK not a zip".getBytes()))
			.body();
		assertThat(notABook).contains("id=\"refused\"", "无法读取此文件");
		var sheet = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
		sheet.createSheet("注册人员").createRow(0).createCell(0).setCellValue("统一社会信用代码");
		var out = new java.io.ByteArrayOutputStream();
		sheet.write(out);
		sheet.close();
		String missing = ExcelJobs
			.finished(admin,
					admin.postMultipart("/admin/imports", Map.of("source", "源"), "file", "y.xlsx", out.toByteArray()))
			.body();
		assertThat(missing).contains("工作表“注册人员”缺少必填列“来源编号”");
	}

	private WebClient importer() {
		return new WebClient(port).basic(data.account(Role.IMPORTER), TestData.PASSWORD);
	}

	private static JsonNode refused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return json(response.body()).get("errors");
	}

}
