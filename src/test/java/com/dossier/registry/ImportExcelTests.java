package com.dossier.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.SectionCatalog;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's Excel import: the template, a refusal by sheet, row and column, and
 * a 10,000-row workbook previewed and committed through the background jobs (its time is
 * the benchmark's, not asserted here).
 */
@HttpTest
class ImportExcelTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	RegistryReads reads;

	@Autowired
	ImportLayout layout;

	@Autowired
	SectionCatalog sections;

	@Test
	void theTemplateHasOneSheetPerKindAndPerSectionWithChineseHeaders() throws Exception {
		HttpResponse<String> page = admin().get("/admin/imports");
		assertThat(page.body()).contains("下载导入模板");
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(layout.template()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(4 + sections.all().size());
			assertThat(sections.all()).hasSizeGreaterThanOrEqualTo(17);
			assertThat(book.getSheet("注册人员").getRow(0).getCell(4).getStringCellValue()).isEqualTo("证件号码*");
			var equipment = book.getSheet("技术装备").getRow(0);
			assertThat(equipment.getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码*");
			assertThat(equipment.getCell(1).getStringCellValue()).isEqualTo("来源编号*");
			assertThat(equipment.getCell(2).getStringCellValue()).isEqualTo("设备及仪器名称*");
			assertThat(book.getSheet("其他主要人员").getRow(0).getCell(4).getStringCellValue()).isEqualTo("证件号码*");
		}
		assertThat(admin().get("/admin/imports/template").statusCode()).isEqualTo(200);
	}

	@Test
	void aBadIdNumberIsShownBySheetRowAndColumnAndNothingIsSaved() throws Exception {
		String code = TestData.creditCode();
		byte[] book = new TestWorkbooks()
			.sheet(ImportSheets.BASIC, List.of(List.of(code, "Excel拒绝企业" + TestData.unique())))
			.sheet(ImportSheets.PERSON,
					List.of(person(code, "E1-" + code, 1),
							List.of(code, "E2-" + code, "张三", "居民身份证", "310105198001010071", "二级注册建造师")))
			.bytes();
		WebClient admin = admin();
		admin.get("/admin/imports");
		HttpResponse<String> refused = ExcelJobs.finished(admin,
				admin.postMultipart("/admin/imports", Map.of("source", "Excel测试"), "file", "bad.xlsx", book));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"refused\"", "注册人员", ">3<", "证件号码", "居民身份证号码的校验码");
		assertThat(enterprises.findByCreditCode(code)).isEmpty();
	}

	@Test
	void tenThousandRowsArePreviewedThenCommittedExactlyAsPreviewed() throws Exception {
		List<List<String>> basics = new ArrayList<>();
		List<List<String>> people = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int e = 0; e < 100; e++) {
			String code = TestData.creditCode();
			codes.add(code);
			basics.add(List.of(code, "万行企业" + e + "-" + TestData.unique(), "法人" + e, "1000", "2010-01-01"));
			for (int p = 0; p < 100; p++) {
				people.add(person(code, code + "-" + p, e * 100 + p));
			}
		}
		byte[] book = new TestWorkbooks().sheet(ImportSheets.BASIC, basics).sheet(ImportSheets.PERSON, people).bytes();
		WebClient admin = admin();
		admin.get("/admin/imports");
		HttpResponse<String> uploaded = ExcelJobs.finished(admin,
				admin.postMultipart("/admin/imports", Map.of("source", "万行测试"), "file", "big.xlsx", book));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String preview = WebClient.location(uploaded);
		assertThat(preview).startsWith("/admin/imports/preview/");
		String page = admin.get(preview).body();
		assertThat(page).contains("id=\"count-created\">10100<", "id=\"count-enterprises\">100<");
		assertThat(enterprises.findByCreditCode(codes.get(0))).as("a preview saves nothing").isEmpty();

		HttpResponse<String> committed = ExcelJobs.finished(admin, admin.postForm(preview + "/commit", Map.of()));
		assertThat(WebClient.location(committed)).isEqualTo("/admin/imports");
		assertThat(admin.get("/admin/imports").body()).contains("新建 10100 项");
		long last = enterprises.findByCreditCode(codes.get(99)).orElseThrow().id();
		assertThat(reads.personnel(last, null, null, 0, 10).totalItems()).isEqualTo(100);
		assertThat(admin.get(preview).statusCode()).as("a committed preview is gone").isEqualTo(404);
		assertThat(admin().get(preview).statusCode()).isEqualTo(404);
	}

	private static List<String> person(String code, String sourceId, int n) {
		return List.of(code, sourceId, "人员" + n, "居民身份证", ImportPayloads.idNumber(n), "一级注册建造师", "沪1" + n, "建筑工程",
				"2029-01-01");
	}

	private WebClient admin() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return admin;
	}

}
