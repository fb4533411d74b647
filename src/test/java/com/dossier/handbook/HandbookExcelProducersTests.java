package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.dossier.demo.DemoSamples;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exported workbook as other programs give it back: saved again by openpyxl (and
 * edited there, a date as a datetime, a number as a number) and by LibreOffice Calc. Each
 * imports back unchanged, and the edits update their record.
 */
@HttpTest
class HandbookExcelProducersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	@Test
	void aWorkbookSavedAgainByOpenpyxlImportsUnchangedAndItsEditsUpdate(@TempDir Path dir) throws Exception {
		String python3 = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
		boolean available = new ProcessBuilder(python3, "-c", "import openpyxl").start().waitFor() == 0;
		assumeTrue(available || "true".equals(System.getenv("CI")), "python3-openpyxl is not installed");
		TestData.Operator operator = data.operator();
		List<Long> ids = drafts(operator, 3);
		Path export = dir.resolve("export.xlsx");
		Files.write(export, export(operator));

		Path same = dir.resolve("same.xlsx");
		python(python3, """
				import sys, openpyxl
				openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
				""", export, same);
		assertThat(ExcelHttp.counts(upload(operator, Files.readAllBytes(same)))).isEqualTo("0/0/3");

		Path edited = dir.resolve("edited.xlsx");
		python(python3, """
				import sys, datetime, openpyxl
				book = openpyxl.load_workbook(sys.argv[1])
				ws = book.active
				ws.cell(row=2, column=2).value = "openpyxl 改过的名称"
				ws.cell(row=2, column=5).value = datetime.datetime(2019, 5, 6)
				ws.cell(row=2, column=6).value = 7
				book.save(sys.argv[2])
				""", export, edited);
		assertThat(ExcelHttp.counts(upload(operator, Files.readAllBytes(edited)))).isEqualTo("0/1/2");
		HandbookRecord first = handbook.get(operator.enterpriseId(), firstRowId(operator, ids));
		assertThat(first.data()).containsEntry("name", "openpyxl 改过的名称")
			.containsEntry("manufactureDate", "2019-05-06")
			.containsEntry("quantity", "7");
	}

	@Test
	void aWorkbookSavedAgainByLibreOfficeCalcImportsUnchanged(@TempDir Path dir) throws Exception {
		String office = office();
		assumeTrue(office != null || "true".equals(System.getenv("CI")), "LibreOffice is not installed");
		assertThat(office).as("libreoffice on the PATH").isNotNull();
		TestData.Operator operator = data.operator();
		drafts(operator, 3);
		Path in = Files.createDirectories(dir.resolve("in")).resolve("export.xlsx");
		Files.write(in, export(operator));
		Path out = Files.createDirectories(dir.resolve("out"));
		List<String> command = new ArrayList<>(
				List.of(office, "--headless", "--norestore", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
						"--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), in.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		Path saved = out.resolve("export.xlsx");
		assertThat(saved).as(output).exists();
		assertThat(ExcelHttp.counts(upload(operator, Files.readAllBytes(saved)))).isEqualTo("0/0/3");
	}

	private List<Long> drafts(TestData.Operator operator, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, i)).id());
		}
		return ids;
	}

	/** The record on the export's first data row: the page's order. */
	private long firstRowId(TestData.Operator operator, List<Long> ids) {
		long id = handbook.page(operator.enterpriseId(), "equipment", 0, 10).items().get(0).id();
		assertThat(ids).contains(id);
		return id;
	}

	private static void python(String python3, String script, Path in, Path out) throws Exception {
		Process python = new ProcessBuilder(python3, "-c", script, in.toString(), out.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(python.getInputStream().readAllBytes());
		assertThat(python.waitFor()).as(output).isZero();
	}

	private static String office() {
		for (String name : List.of("libreoffice", "soffice")) {
			for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

	private byte[] export(TestData.Operator operator) {
		HttpResponse<byte[]> export = new ExcelHttp(port).export(operator, "equipment");
		assertThat(export.statusCode()).isEqualTo(200);
		return export.body();
	}

	private HttpResponse<byte[]> upload(TestData.Operator operator, byte[] file) throws IOException {
		return new ExcelHttp(port).upload(operator, file, "equipment");
	}

}
