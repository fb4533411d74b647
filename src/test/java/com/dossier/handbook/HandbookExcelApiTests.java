package com.dossier.handbook;

import static com.dossier.handbook.HandbookTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.dossier.demo.DemoSamples;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Excel over HTTP: export a section, import it into another enterprise, and a broken file
 * refused whole.
 */
@HttpTest
class HandbookExcelApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	private final SectionDefinition plant = new SectionCatalog().find("plant").orElseThrow();

	@Test
	void anExportImportsIntoAnotherEnterpriseUnchanged() throws Exception {
		TestData.Operator from = data.operator();
		for (int i = 0; i < 3; i++) {
			handbook.create(from.enterpriseId(), "plant", DemoSamples.sample(plant, i));
		}
		HttpResponse<byte[]> export = send(from, HttpRequest.newBuilder(uri("/api/v1/sections/plant/export")).GET());
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");

		TestData.Operator to = data.operator();
		HttpResponse<byte[]> imported = upload(to, export.body());
		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(json(new String(imported.body(), StandardCharsets.UTF_8)).get("imported").asInt()).isEqualTo(3);
		assertThat(handbook.page(to.enterpriseId(), "plant", 0, 10).items()).extracting(HandbookRecord::data)
			.containsExactlyElementsOf(handbook.page(from.enterpriseId(), "plant", 0, 10)
				.items()
				.stream()
				.map(HandbookRecord::data)
				.toList());
	}

	@Test
	void aBrokenFileIsRefusedWholeWithEveryProblemByCell() throws Exception {
		TestData.Operator operator = data.operator();
		byte[] file = ExcelExchangeTests.sheet(new String[][] { { "地址", "面积（平方米）", "类型" }, { "嘉定区 1 号", "100", "自有" },
				{ "", "-5", "租赁" }, { "宝山区 2 号", "20", "借用" } });
		HttpResponse<byte[]> refused = upload(operator, file);
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = json(new String(refused.body(), StandardCharsets.UTF_8));
		assertThat(problem.get("errors")
			.valueStream()
			.map(e -> e.get("field").asString() + ":" + e.get("code").asString()))
			.containsExactlyInAnyOrder("A3:field.required", "B3:field.greater_than", "C4:field.option");
		assertThat(handbook.page(operator.enterpriseId(), "plant", 0, 10).totalItems()).isZero();

		HttpResponse<byte[]> junk = upload(operator, "not a workbook".getBytes(StandardCharsets.UTF_8));
		assertThat(junk.statusCode()).isEqualTo(422);
		assertThat(new String(junk.body(), StandardCharsets.UTF_8)).contains("excel.unreadable");
	}

	private HttpResponse<byte[]> upload(TestData.Operator operator, byte[] file) throws IOException {
		String boundary = "----handbook" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plant.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(operator,
				HttpRequest.newBuilder(uri("/api/v1/sections/plant/import"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<byte[]> send(TestData.Operator operator, HttpRequest.Builder request) {
		String basic = Base64.getEncoder()
			.encodeToString((operator.username() + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		try {
			return HttpClient.newHttpClient()
				.send(request.header("Authorization", "Basic " + basic).header("Accept-Language", "zh-CN").build(),
						HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
