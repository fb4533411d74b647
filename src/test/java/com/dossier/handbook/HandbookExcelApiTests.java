package com.dossier.handbook;

import static com.dossier.handbook.HandbookTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import com.dossier.demo.DemoSamples;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Excel over HTTP: an export imports back unchanged, a changed cell updates its D record
 * (with history), and every row that may not change anything refuses the whole file.
 */
@HttpTest
class HandbookExcelApiTests {

	/** Equipment's columns: 1 name … 9 remark, 10 level, 11 record id, 12 version. */
	private static final int NAME = 1;

	private static final int ID = 11;

	private static final int VERSION = 12;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	@Test
	void anExportImportsBackUnchangedAndAChangedCellUpdatesItsRecord() throws Exception {
		TestData.Operator operator = data.operator();
		for (int i = 0; i < 3; i++) {
			handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, i));
		}
		lifecycle.importLevelA(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 3));
		HttpResponse<byte[]> export = export(operator);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");

		assertThat(ExcelHttp.counts(upload(operator, export.body()))).isEqualTo("0/0/4");

		long changed = handbook.page(operator.enterpriseId(), "equipment", 0, 10).items().get(1).id();
		byte[] edited = edit(export.body(), sheet -> {
			sheet.getRow(2).getCell(NAME).setCellValue("改过的名称");
			// A new row: a copy of the first without its level, id and version.
			((XSSFSheet) sheet).copyRows(1, 1, 5, new CellCopyPolicy());
			sheet.getRow(5).getCell(NAME).setCellValue("新增设备");
			for (int c = ID - 1; c <= VERSION; c++) {
				sheet.getRow(5).removeCell(sheet.getRow(5).getCell(c));
			}
		});
		assertThat(ExcelHttp.counts(upload(operator, edited))).isEqualTo("1/1/3");
		assertThat(handbook.get(operator.enterpriseId(), changed).data()).containsEntry("name", "改过的名称");
		assertThat(handbook.history(operator.enterpriseId(), changed)).extracting(RecordVersion::change)
			.containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
		assertThat(handbook.page(operator.enterpriseId(), "equipment", 0, 10).totalItems()).isEqualTo(5);
	}

	@Test
	void rowsThatMayNotChangeAnythingRefuseTheWholeFile() throws Exception {
		TestData.Operator operator = data.operator();
		HandbookRecord draft = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 0));
		lifecycle.importLevelA(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 1));
		byte[] export = export(operator).body();
		handbook.update(operator.enterpriseId(), draft.id(), 1, DemoSamples.sample(equipment, 2));

		byte[] file = edit(export, sheet -> {
			sheet.getRow(1).getCell(NAME).setCellValue("过期版本上的修改");
			sheet.getRow(2).getCell(NAME).setCellValue("改 A 级信息");
		});
		assertThat(problems(upload(operator, file))).containsExactly("L2:excel.version_stale",
				"L3:excel.record_locked");
		assertThat(handbook.get(operator.enterpriseId(), draft.id()).version()).isEqualTo(2);

		byte[] twice = edit(export, sheet -> sheet.getRow(2).getCell(ID).setCellValue(draft.id()));
		assertThat(problems(upload(operator, twice))).contains("L3:excel.id_repeated");
		byte[] junkId = edit(export, sheet -> sheet.getRow(1).getCell(ID).setCellValue("x1"));
		assertThat(problems(upload(operator, junkId))).containsExactly("L2:excel.id_invalid");
		byte[] noVersion = edit(export, sheet -> {
			sheet.getRow(1).getCell(NAME).setCellValue("无版本");
			sheet.getRow(1).removeCell(sheet.getRow(1).getCell(VERSION));
		});
		assertThat(problems(upload(operator, noVersion))).containsExactly("L2:excel.version_missing");
		assertThat(handbook.page(operator.enterpriseId(), "equipment", 0, 10).totalItems()).isEqualTo(2);
	}

	@Test
	void anotherEnterprisesIdsAreUnknownLikeIdsThatDoNotExist() throws Exception {
		TestData.Operator owner = data.operator();
		handbook.create(owner.enterpriseId(), "equipment", DemoSamples.sample(equipment, 0));
		byte[] export = export(owner).body();
		TestData.Operator other = data.operator();
		HttpResponse<byte[]> foreign = upload(other, export);
		byte[] missing = edit(export, sheet -> sheet.getRow(1).getCell(ID).setCellValue(999_999_999));
		HttpResponse<byte[]> nowhere = upload(other, missing);
		assertThat(problems(foreign)).containsExactly("L2:excel.id_unknown");
		assertThat(problems(nowhere)).containsExactly("L2:excel.id_unknown");
		String id = String.valueOf(handbook.page(owner.enterpriseId(), "equipment", 0, 1).items().get(0).id());
		assertThat(message(foreign).replace(id, "N")).isEqualTo(message(nowhere).replace("999999999", "N"));
		assertThat(handbook.page(other.enterpriseId(), "equipment", 0, 10).totalItems()).isZero();
	}

	@Test
	void aBrokenFileIsRefusedWholeWithEveryProblemByCell() throws Exception {
		TestData.Operator operator = data.operator();
		byte[] file = ExcelExchangeTests.sheet(new String[][] { { "地址", "面积（平方米）", "类型" }, { "嘉定区 1 号", "100", "自有" },
				{ "", "-5", "租赁" }, { "宝山区 2 号", "20", "借用" } });
		HttpResponse<byte[]> refused = upload(operator, file, "plant");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(problems(refused)).containsExactlyInAnyOrder("A3:field.required", "B3:field.greater_than",
				"C4:field.option");
		assertThat(handbook.page(operator.enterpriseId(), "plant", 0, 10).totalItems()).isZero();

		HttpResponse<byte[]> junk = upload(operator, "not a workbook".getBytes(StandardCharsets.UTF_8), "plant");
		assertThat(junk.statusCode()).isEqualTo(422);
		assertThat(new String(junk.body(), StandardCharsets.UTF_8)).contains("excel.unreadable");
	}

	private static List<String> problems(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).isEqualTo(422);
		return json(new String(response.body(), StandardCharsets.UTF_8)).get("errors")
			.valueStream()
			.map(e -> e.get("field").asString() + ":" + e.get("code").asString())
			.toList();
	}

	private static String message(HttpResponse<byte[]> response) {
		return json(new String(response.body(), StandardCharsets.UTF_8)).get("errors").get(0).get("message").asString();
	}

	static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(book.getSheetAt(0));
			book.write(out);
			return out.toByteArray();
		}
	}

	private HttpResponse<byte[]> upload(TestData.Operator operator, byte[] file) throws IOException {
		return upload(operator, file, "equipment");
	}

	private HttpResponse<byte[]> upload(TestData.Operator operator, byte[] file, String section) throws IOException {
		return new ExcelHttp(port).upload(operator, file, section);
	}

	private HttpResponse<byte[]> export(TestData.Operator operator) {
		return new ExcelHttp(port).export(operator, "equipment");
	}

}
