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

import com.dossier.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * A section's Excel export and import over HTTP, as an operator's client sends them (HTTP
 * Basic, zh-CN), for the Excel tests.
 */
final class ExcelHttp {

	private final int port;

	ExcelHttp(int port) {
		this.port = port;
	}

	HttpResponse<byte[]> export(TestData.Operator operator, String section) {
		return send(operator, HttpRequest.newBuilder(uri("/api/v1/sections/" + section + "/export")));
	}

	HttpResponse<byte[]> upload(TestData.Operator operator, byte[] file, String section) throws IOException {
		String boundary = "----handbook" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(operator,
				HttpRequest.newBuilder(uri("/api/v1/sections/" + section + "/import"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** An import's answer as created/updated/unchanged. */
	static String counts(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		JsonNode body = json(new String(response.body(), StandardCharsets.UTF_8));
		return body.get("created").asInt() + "/" + body.get("updated").asInt() + "/" + body.get("unchanged").asInt();
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
