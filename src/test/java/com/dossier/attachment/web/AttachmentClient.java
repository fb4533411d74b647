package com.dossier.attachment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.dossier.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API client of one user (HTTP Basic) for the attachment endpoints: multipart uploads,
 * downloads, deletes.
 */
final class AttachmentClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private String language = "zh-CN";

	AttachmentClient(int port, String username) {
		this.base = "http://localhost:" + port;
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	AttachmentClient language(String language) {
		this.language = language;
		return this;
	}

	HttpResponse<String> upload(long recordId, String kind, String fileName, byte[] content) {
		String boundary = "----dossier" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(content);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return send(
				request("/api/v1/records/" + recordId + "/attachments")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> content(long attachmentId, boolean view) {
		return send(request("/api/v1/attachments/" + attachmentId + "/content" + (view ? "?view=true" : "")).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> delete(long attachmentId) {
		return send(request("/api/v1/attachments/" + attachmentId).DELETE(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", authorization)
			.header("Accept-Language", language);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request.build(), handler);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
