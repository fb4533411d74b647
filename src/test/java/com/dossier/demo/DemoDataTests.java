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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What someone trying the embedded default meets: the demo enterprise's records carry
 * generated scans, so the demo clerk's queue has open applications to open, and their
 * scans to look at.
 */
@DemoTest
class DemoDataTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SCAN = Pattern.compile("/api/v1/attachments/(\\d+)/content");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoClerkFindsDemoApplicationsAndSeesTheirScans() throws Exception {
		WebClient api = new WebClient(port).basic("demo-clerk", DemoData.PASSWORD);
		JsonNode queue = JSON.readTree(
				api.json("GET", "/api/v1/verification-queue?size=100&enterprise=" + DemoData.FOREIGN_CREDIT_CODE, null)
					.body());
		List<String> numbers = new ArrayList<>();
		queue.get("items").forEach(a -> numbers.add(a.get("number").asString()));
		assertThat(numbers).as("demo applications of demo-ent2").hasSizeGreaterThanOrEqualTo(2);

		WebClient clerk = new WebClient(port);
		assertThat(WebClient.location(clerk.login("demo-clerk", DemoData.PASSWORD))).isEqualTo("/clerk");
		// Filtered: other tests' applications may fill the queue's first page before the
		// demo's.
		String workbench = clerk.get("/clerk?enterprise=" + DemoData.FOREIGN_CREDIT_CODE).body();
		numbers.forEach(n -> assertThat(workbench).contains("queue-" + n));

		String number = numbers.get(0);
		assertThat(clerk.get("/clerk/applications/" + number).statusCode()).isEqualTo(200);
		JsonNode application = JSON
			.readTree(api.json("GET", "/api/v1/verification-applications/" + number, null).body());
		assertThat(application.get("items").size()).isPositive();
		for (JsonNode item : application.get("items")) {
			String page = clerk.get("/clerk/applications/" + number + "/items/" + item.get("recordId").asLong()).body();
			Matcher scan = SCAN.matcher(page);
			assertThat(scan.find()).as("scans of record %s", item.get("recordId")).isTrue();
			HttpResponse<byte[]> content = bytes("/api/v1/attachments/" + scan.group(1) + "/content");
			assertThat(content.statusCode()).isEqualTo(200);
			assertThat(content.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).containsAnyOf("image/jpeg", "application/pdf"));
			assertThat(content.body().length).isBetween(2 * 1024, 300 * 1024);
		}
	}

	@Test
	void everyLevelIsReachedAsUsersReachItAndLeavesItsTraces() {
		for (String code : List.of(DemoData.LOCAL_CREDIT_CODE, DemoData.FOREIGN_CREDIT_CODE)) {
			List<String> levels = jdbc
				.sql("select distinct r.level from handbook_record r join enterprise e "
						+ "on e.id = r.enterprise_id where e.credit_code = ? and not r.deleted order by r.level")
				.param(code)
				.query(String.class)
				.list();
			assertThat(levels).as(code).containsExactly("A", "B", "C", "D");
			// Every C or B record was filed and checked: its history holds the filing and
			// the clerk's pass.
			assertThat(jdbc
				.sql("select count(*) from handbook_record r join enterprise e on e.id = r.enterprise_id "
						+ "where e.credit_code = ? and r.level in ('B', 'C') and not exists (select 1 from "
						+ "handbook_record_version v where v.record_id = r.id and v.change_kind = 'SUBMITTED')")
				.param(code)
				.query(Long.class)
				.single()).as("B/C records of %s never filed", code).isZero();
		}
		assertThat(jdbc
			.sql("select count(*) from handbook_record r join enterprise e on e.id = r.enterprise_id "
					+ "where e.credit_code = ? and r.section = 'equipment' and not r.deleted")
			.param(DemoData.LOCAL_CREDIT_CODE)
			.query(Long.class)
			.single()).isGreaterThan(100);
		assertThat(jdbc.sql("select count(*) from handbook_record where rejection_reason is not null")
			.query(Long.class)
			.single()).isPositive();
		// demo-ent2 has a contact person: its past checks are applications demo-clerk
		// decided.
		assertThat(jdbc
			.sql("select count(*) from verification_application a join enterprise e "
					+ "on e.id = a.enterprise_id where e.credit_code = ? and a.status = 'COMPLETED'")
			.param(DemoData.FOREIGN_CREDIT_CODE)
			.query(Long.class)
			.single()).isPositive();
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
