package com.dossier.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.support.DemoTest;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What someone trying the embedded default meets: the demo enterprise's records carry generated scans, so the
 * demo clerk's queue has open applications to open, and their scans to look at.
 */
@DemoTest
class DemoDataTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SCAN = Pattern.compile("/api/v1/attachments/(\\d+)/content");

	@LocalServerPort
	int port;

	@Test
	void theDemoClerkFindsDemoApplicationsAndSeesTheirScans() throws Exception {
		WebClient api = new WebClient(port).basic("demo-clerk", DemoData.PASSWORD);
		JsonNode queue = JSON.readTree(api.json("GET",
				"/api/v1/verification-queue?size=100&enterprise=" + DemoData.FOREIGN_CREDIT_CODE, null).body());
		List<String> numbers = new ArrayList<>();
		queue.get("items").forEach(a -> numbers.add(a.get("number").asString()));
		assertThat(numbers).as("demo applications of demo-ent2").hasSizeGreaterThanOrEqualTo(2);

		WebClient clerk = new WebClient(port);
		assertThat(WebClient.location(clerk.login("demo-clerk", DemoData.PASSWORD))).isEqualTo("/clerk");
		// Filtered: other tests' applications may fill the queue's first page before the demo's.
		String workbench = clerk.get("/clerk?enterprise=" + DemoData.FOREIGN_CREDIT_CODE).body();
		numbers.forEach(n -> assertThat(workbench).contains("queue-" + n));

		String number = numbers.get(0);
		assertThat(clerk.get("/clerk/applications/" + number).statusCode()).isEqualTo(200);
		JsonNode application = JSON.readTree(api.json("GET", "/api/v1/verification-applications/" + number, null).body());
		assertThat(application.get("items").size()).isPositive();
		for (JsonNode item : application.get("items")) {
			String page = clerk.get("/clerk/applications/" + number + "/items/" + item.get("recordId").asLong()).body();
			Matcher scan = SCAN.matcher(page);
			assertThat(scan.find()).as("scans of record %s", item.get("recordId")).isTrue();
			HttpResponse<byte[]> content = bytes("/api/v1/attachments/" + scan.group(1) + "/content");
			assertThat(content.statusCode()).isEqualTo(200);
			assertThat(content.headers().firstValue("Content-Type")).hasValueSatisfying(
					t -> assertThat(t).containsAnyOf("image/jpeg", "application/pdf"));
			assertThat(content.body().length).isBetween(2 * 1024, 300 * 1024);
		}
	}

	@Test
	void demoEnt2HasReadyRecordsLeftToFileItself() throws Exception {
		WebClient operator = new WebClient(port);
		operator.login(DemoData.FOREIGN_OPERATOR, DemoData.PASSWORD);
		String filing = operator.get("/handbook/verification").body();
		assertThat(filing).containsPattern("id=\"pick-\\d+\"");
	}

	private HttpResponse<byte[]> bytes(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("demo-clerk:" + DemoData.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}
}
