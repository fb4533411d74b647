package com.dossier.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.dossier.hostile.HostileJpegs.claimingSize;
import static com.dossier.hostile.HostileJpegs.concat;
import static com.dossier.hostile.HostileJpegs.indexOf;
import static com.dossier.hostile.HostileJpegs.png;
import static com.dossier.hostile.HostileJpegs.resource;
import static com.dossier.hostile.HostileJpegs.scan;
import static com.dossier.hostile.HostileJpegs.sha256;
import static com.dossier.hostile.HostileJpegs.withComment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 11 and the attachment half of 14, as an attacker sends them over HTTP:
 * JPEGs carrying script in a comment or after EOI under a hostile name, bidi names, frame
 * headers that lie, 36-megapixel pages, a clerk reading drafts, and ids guessed from
 * one's own.
 */
@HttpTest
class HostileFileTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final byte[] SCRIPT = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void scriptInACommentOrAfterEoiIsNeitherStoredNorServedAndTheNameIsJpg() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = equipment(owner);
		byte[] scan = scan(827, 1169);
		byte[] comment = withComment(scan, SCRIPT);
		byte[] trailer = concat(scan, SCRIPT);

		for (Map.Entry<String, byte[]> attack : Map.of("invoice.hta", comment, "invoice.html", trailer).entrySet()) {
			HttpResponse<String> created = upload(owner.username(), record.id(), attack.getKey(), attack.getValue());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			JsonNode body = json(created);
			assertThat(body.get("fileName").asString()).isEqualTo("invoice.jpg");
			long id = body.get("id").asLong();
			for (boolean view : new boolean[] { false, true }) {
				HttpResponse<byte[]> served = content(owner.username(), id, view);
				assertThat(served.statusCode()).isEqualTo(200);
				assertThat(indexOf(served.body(), "<script".getBytes(StandardCharsets.US_ASCII))).isNegative();
				assertThat(sha256(served.body())).isEqualTo(body.get("sha256").asString());
				assertThat(body.get("size").asLong()).isEqualTo(served.body().length);
				assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
				assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
				assertThat(servedName(served)).isEqualTo("invoice.jpg");
			}
		}
	}

	@Test
	void bidiControlsLeaveNoTraceInStoredOrConvertedNames() throws IOException {
		TestData.Operator owner = data.operator();
		HandbookRecord record = equipment(owner);
		String bidi = "发票\u202E\u2067\u200F\u061C\u200Egpj.hta";

		HttpResponse<String> created = upload(owner.username(), record.id(), bidi, scan(827, 1169));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(json(created).get("fileName").asString()).isEqualTo("发票gpj.jpg");
		assertThat(servedName(content(owner.username(), json(created).get("id").asLong(), false)))
			.isEqualTo("发票gpj.jpg");

		HttpResponse<byte[]> converted = conform(owner.username(), bidi, png(400, 560));
		assertThat(converted.statusCode()).isEqualTo(200);
		assertThat(servedName(converted)).isEqualTo("发票gpj.jpg");
		assertThat(converted.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void aFrameHeaderThatLiesAboutItsSizeIsRefused() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = equipment(owner);
		byte[] page = scan(827, 1169);

		assertRefused(upload(owner.username(), record.id(), "giant.jpg", claimingSize(page, 6300, 6300)),
				"image.dimensions_too_large");
		assertRefused(upload(owner.username(), record.id(), "lie.jpg", claimingSize(page, 1800, 1280)),
				"image.truncated");
		assertThat(json(get(owner.username(), "/api/v1/records/" + record.id())).get("attachments")).isEmpty();
	}

	@Test
	void a36MegapixelPageIsRefusedAndTheFormOffersToConvertIt() throws IOException {
		TestData.Operator owner = data.operator();
		HandbookRecord record = equipment(owner);
		byte[] huge = resource("/samples/im-36mp-white-gray.jpg");
		assertThat(huge.length).isLessThan(150_000);

		HttpResponse<String> refused = upload(owner.username(), record.id(), "page.jpg", huge);
		assertRefused(refused, "image.dimensions_too_large");
		assertThat(json(refused).get("detail").asString()).contains("6000×6000", "1819×1287");

		WebClient web = new WebClient(port);
		web.login(owner.username(), TestData.PASSWORD);
		web.get("/handbook/records/" + record.id() + "/edit");
		HttpResponse<String> offered = web.postMultipart("/handbook/records/" + record.id() + "/attachments",
				Map.of("kind", "invoice"), "file", "page.jpg", huge);
		assertThat(offered.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(offered)).startsWith("/handbook/attachments/conversions/");
	}

	@Test
	void aClerkReadsTheFilesOfFiledRecordsOnlyAndAnAdministratorNone() {
		TestData.Operator owner = data.operator();
		HandbookRecord draft = equipment(owner);
		HandbookRecord filed = equipment(owner);
		long draftFile = uploadedId(owner, draft);
		long filedFile = uploadedId(owner, filed);
		HttpResponse<String> application = postJson(owner.username(), "/api/v1/verification-applications",
				"{\"recordIds\":[" + filed.id() + "]}");
		assertThat(application.statusCode()).as(application.body()).isEqualTo(201);
		String clerk = data.account(Role.CLERK);

		assertThat(content(clerk, draftFile, false).statusCode()).isEqualTo(404);
		assertThat(content(clerk, filedFile, false).statusCode()).isEqualTo(200);
		assertThat(content(clerk, filedFile, true).statusCode()).isEqualTo(200);
		assertThat(content(data.account(Role.ADMIN), filedFile, false).statusCode()).isEqualTo(403);
		assertThat(content(data.operator().username(), filedFile, false).statusCode()).isEqualTo(404);
	}

	@Test
	void idsCannotBeGuessedFromOnesOwn() {
		TestData.Operator owner = data.operator();
		HandbookRecord record = equipment(owner);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(uploadedId(owner, record));
		}
		HttpResponse<String> application = postJson(owner.username(), "/api/v1/verification-applications",
				"{\"recordIds\":[" + record.id() + "]}");
		assertThat(application.statusCode()).as(application.body()).isEqualTo(201);
		String clerk = data.account(Role.CLERK);
		TestData.Operator other = data.operator();
		long victim = uploadedId(other, equipment(other));

		assertThat(ids).allSatisfy(id -> assertThat(id).isBetween(1L << 52, (1L << 53) - 1));
		assertThat(Math.abs(ids.get(1) - ids.get(0))).isGreaterThan(1_000_000L);
		assertThat(Math.abs(ids.get(2) - ids.get(1))).isGreaterThan(1_000_000L);
		long last = ids.get(2);
		for (long guess = last + 1; guess <= last + 5; guess++) {
			assertThat(content(clerk, guess, false).statusCode()).isEqualTo(404);
			assertThat(content(owner.username(), guess, false).statusCode()).isEqualTo(404);
		}
		assertThat(content(owner.username(), victim, false).statusCode()).isEqualTo(404);
		assertThat(content(clerk, victim, false).statusCode()).isEqualTo(404);
	}

	private long uploadedId(TestData.Operator owner, HandbookRecord record) {
		HttpResponse<String> created = upload(owner.username(), record.id(), "scan.jpg", scan(600, 800));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json(created).get("id").asLong();
	}

	private HandbookRecord equipment(TestData.Operator operator) {
		return handbook.create(operator.enterpriseId(), "equipment",
				Map.of("name", "全站仪", "model", "TS-" + TestData.unique(), "origin", "中国", "manufactureDate",
						"2020-05-01", "quantity", "2", "originalValue", "50000", "netValue", "30000"));
	}

	private HttpResponse<String> upload(String user, long recordId, String fileName, byte[] content) {
		return send(multipart(user, "/api/v1/records/" + recordId + "/attachments", Map.of("kind", "invoice"), fileName,
				content), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> conform(String user, String fileName, byte[] content) {
		return send(multipart(user, "/api/v1/images/conform", Map.of(), fileName, content),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> content(String user, long id, boolean view) {
		return send(request(user, "/api/v1/attachments/" + id + "/content" + (view ? "?view=true" : "")).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> get(String user, String path) {
		return send(request(user, path).GET(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(String user, String path, String json) {
		return send(request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder multipart(String user, String path, Map<String, String> fields, String fileName,
			byte[] content) {
		String boundary = "----hostile" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = user + ":" + TestData.PASSWORD;
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en");
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

	private static void assertRefused(HttpResponse<String> response, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(json(response).get("code").asString()).isEqualTo(code);
	}

	/** The name of Content-Disposition's RFC 5987 {@code filename*}, decoded. */
	private static String servedName(HttpResponse<?> response) {
		String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
		return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
